"""A count written as a bare magnitude and 余 (`千余个应用场景`, `百余家企业`, `万余名游客`): 1000, 100, 10000
of the measure word after it, qualifier 余 — as `十余个` already was.

A magnitude alone is otherwise a word (`百姓`, `千万不要`, `万一`); only 余 and a measure word after it make
it a count, and a numeral before it (`三百余家`, `两千余名`) is read by the number reader as it was.
"""

from __future__ import annotations

import re

from .builder import Builder

_MAGNITUDE_COUNT_RE = re.compile(
    r"(?<![\d０-９一二三四五六七八九十两兩百千万萬亿億零〇○几幾数數成上])([百千万萬])余"
    r"(人次|[个個名家人项項次件座所位种種条條台臺辆輛艘])(?![/／])")      # (百余种/件: two units, left unread;
#                                                                    万余人次 is 人次, found30)
_VALUES = {"百": 100, "千": 1000, "万": 10000, "萬": 10000}


def magnitude_counts(b: Builder) -> None:
    n = b.norm
    if "余" not in n:
        return
    for m in _MAGNITUDE_COUNT_RE.finditer(n):
        b.add("count", m.start(), m.end(), _VALUES[m.group(1)], unit=m.group(2), qualifier="余")
