"""A bare sum beside sums of money is money: 预收款分别为4.13亿、5.59亿、6.72亿，5.92亿元;
净超93亿，其中贺岁档以超53亿的成绩.  The sentence names its unit once, on one of its sums; a
magnitude alone (6.72亿) reads as a quantity only where nothing says so.  (bare.bare_kind asks
only for a number no noun follows: 189万中小企业 counts enterprises beside any sum.)"""

from __future__ import annotations

import re

# a sum of money written with its magnitude and currency, near the bare one in its sentence
_MONEY_SIBLING_RE = re.compile(r"[\d一二三四五六七八九十两百千][万亿]+(?:元|美元|港元|欧元|日元)")
_SENTENCE_MARKS = "。！？!?\n"
_REACH = 40


def money_sibling(n: str, s: int, e: int) -> bool:
    """True when a sum of money with a magnitude stands in the same sentence, within reach."""
    lo, hi = max(0, s - _REACH), min(len(n), e + _REACH)
    for k in range(s - 1, lo - 1, -1):
        if n[k] in _SENTENCE_MARKS:
            lo = k + 1
            break
    for k in range(e, hi):
        if n[k] in _SENTENCE_MARKS:
            hi = k
            break
    return _MONEY_SIBLING_RE.search(n, lo, hi) is not None
