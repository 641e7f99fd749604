"""Hong Kong dollars written around the number: `港幣 0.63 元`, `港幣三十億四千八百萬元`.

That is the sum in 港元, and the currency word before the number names no
indicator (`每股基礎盈利為港幣 0.63 元`: the subject is 每股基礎盈利).  The text is
read as `0.63 港元` (see store/facts/rewrite.py): 港幣 dropped before the number
and 元 read as 港元, so the figure keeps its surface `0.63 元`.  A range's second end
(`港币4200万元至4600万元`) is in the same currency: its 元 is read 港元 too, or the range breaks in two
and its upper end loses the loss's sign.
"""

from __future__ import annotations

import re

_NUM = r"(?:[\d.,]+|[零〇一二三四五六七八九十百千萬万億亿兩两點点])+"
_HKD_RE = re.compile(rf"港[幣币]\s*(?=(?:約|约)?\s*{_NUM}\s*元)")
_YUAN_AFTER_RE = re.compile(rf"(?:約|约)?\s*{_NUM}\s*(?=元)")
_RANGE_END_RE = re.compile(rf"\s*(?:至|到|-|—|－|～|~)\s*{_NUM}\s*(?=元)")


def hkd_edits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement): 港幣 before the number removed, the 元 after it read 港元."""
    if "港幣" not in text and "港币" not in text:
        return []
    out: list[tuple[int, int, str]] = []
    for m in _HKD_RE.finditer(text):
        n = _YUAN_AFTER_RE.match(text, m.end())
        if n is None:
            continue
        out += [(m.start(), m.end(), ""), (n.end(), n.end() + 1, "港元")]
        high = _RANGE_END_RE.match(text, n.end() + 1)
        if high is not None:
            out.append((high.end(), high.end() + 1, "港元"))
    return out
