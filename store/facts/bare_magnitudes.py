"""A bare magnitude reached by a verb is a figure: `总投资达百亿元` is 1e10 元, `探明储量达到万亿立方米`
1e12 立方米 — as `超过百亿美元`, `突破千亿元`, `近亿元` (a qualifier before them) already were.

A magnitude alone (百亿, 千亿, 万亿, 亿) is otherwise a word (`千家万户`, `百万人才`, `百亿级`, `千万不要`),
so it is read only after 达/达到/高达/为/约为 and with a unit of money or quantity written after it.
`reached_magnitudes` runs with the shapes and claims what it reads.
"""

from __future__ import annotations

import re

from . import rules as R
from .builder import Builder
from .units import match_unit

_REACHED_RE = re.compile(r"(?:达到|高达|达|约为|为)(百亿|千亿|万亿|十亿|千万|百万|亿)")
_VALUES = {"百亿": 10**10, "千亿": 10**11, "万亿": 10**12, "十亿": 10**9, "千万": 10**7, "百万": 10**6, "亿": 10**8}
_KINDS = ("money", "quantity")


def reached_magnitudes(b: Builder) -> None:
    n = b.norm
    if "达" not in n and "为" not in n:
        return
    for m in _REACHED_RE.finditer(n):
        s, e = m.span(1)
        unit = match_unit(n, e)
        if unit is None or R.UNIT_KIND.get(unit) not in _KINDS or n[e + len(unit):e + len(unit) + 1] == "级":
            continue
        b.add(R.UNIT_KIND[unit], s, e + len(unit), _VALUES[m.group(1)], unit=R.UNIT_CANONICAL.get(unit, unit))
