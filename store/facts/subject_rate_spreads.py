"""A spread over a reference rate (`…目标区间的下限加50基点`) is the spread of the rate being set.

Hong Kong Monetary Authority news states the base rate's formula (`基本利率的设定参考两个数据,即当前
美国联邦基金利率目标区间的下限加50基点,或…`, `基本利率…目前定于…下限加50基点`); the subject was
the reference with its 加 (`即当前美国联邦基金利率目标区间的下限加`), which names what the spread is
added to, not what is measured.

- a points figure whose subject ends in 加 takes the rate the sentence sets: a noun ending in 利率
  (or 利率 traditional) before 的设定/是/定于/为/按 earlier in the sentence (`基本利率`); none else.
"""

from __future__ import annotations

import re
from typing import Any

from .subjects import simplified

Fact = dict[str, Any]

_SET_RATE_RE = re.compile(r"([\u4e00-\u9fff]{0,6}利率)(?:的设定|的厘定|是|定于|定为|为|按)")
_SENTENCE_MARKS = "。！？!?\n"


def needs_rate_spreads(facts: list[Fact]) -> bool:
    for f in facts:
        if f["kind"] == "points" and (f.get("subject") or "").endswith("加"):
            return True
    return False


def settle_rate_spreads(text: str, norm: str, facts: list[Fact]) -> None:
    simp = simplified(norm)
    for f in facts:
        if f["kind"] != "points" or not (f.get("subject") or "").endswith("加"):
            continue
        start = max(simp.rfind(c, 0, f["start"]) for c in _SENTENCE_MARKS) + 1
        rate = None
        for m in _SET_RATE_RE.finditer(simp, start, f["start"]):
            if len(m.group(1)) >= 4:
                rate = text[m.start(1):m.end(1)]
                break
        f["subject"] = rate
