"""A title's years in brackets without 年 (`《中国海事审判（2022—2024）》`, `行动计划（2022—2026）`, `《中华民族抗日战争史
（1931—1945）》`): a year range, as `（2026—2028年）` already is (sealed2's call; sealed23 labels `2022—2024` a date
2022/2024).  Only four-digit years in this order, in brackets of their own, are read: read as a number range they were
left out (no unit), and nothing else is written so.
"""

from __future__ import annotations

import re

from .builder import Builder

# (the bracket opens the pattern: a leading character set lets the engine skip to it)
_RANGE_RE = re.compile(r"[（(]((?:19|20)\d\d)\s?(?:—{1,2}|-|–|－|~|～|至)\s?((?:19|20)\d\d)[）)]")
_LONGEST = 50                       # a plan's or a history's span, not two unrelated years


def bracketed_year_ranges(b: Builder) -> None:
    n = b.norm
    if "（" not in n and "(" not in n:
        return
    for m in _RANGE_RE.finditer(n):
        first, last = int(m.group(1)), int(m.group(2))
        s, e = m.start(1), m.end(2)
        if first < last <= first + _LONGEST and b.free(s, e):
            b.add("year", s, e, first, value_high=last, unit="年")
