"""Quarters counted in a bare 季, as Hong Kong and Taiwan releases write them.

`2023年首3季`, `併計前3季` are the first three quarters (a span: duration 3 季, its period
settled with the others); `六季以來最高`, `維持五季的不動利率`, `連七季`, `連續5季升息` count
quarters.  A bare 季 after a numeral is otherwise a quarter's name (`三季`, `第四季` are Q3 and
Q4: the date readers), so only these frames are read: after 首/前, after a streak word, or
before 以來/以来.  One quarter (`首季`, `一季`) is a date, never a count here.
"""

from __future__ import annotations

import re

from .builder import Builder
from .numbers import parse_number

_N = r"(\d{1,2}|[二三四五六七八九十两]{1,3})"
_QUARTERS_RE = re.compile(
    rf"(?:(?<=[首前])|(?<=[连連]续|[连連]續|维持|維持|持续|持續|过去|過去)|(?<=[连連近]))({_N[1:-1]})季(?!度|报|報|节|節|军|軍|后|後)"
    rf"|({_N[1:-1]})季(?=以[来來]|[来來]最)")


def quarter_counts(b: Builder) -> None:
    n = b.norm
    if "季" not in n:
        return
    for m in _QUARTERS_RE.finditer(n):
        num = m.group(1) or m.group(2)
        p = parse_number(num)
        if p is None or not 2 <= p.value <= 40:
            continue
        s = m.start() - (1 if m.group(1) and n[m.start() - 1] in "首前" else 0)
        b.add("duration", s, m.end(), int(p.value), unit="季")
