"""Runs told in Taiwan's short form: `連20月正成長`, `外銷訂單連3季衰退` (a duration of 20 months, 3 quarters).

After 連/连 a bare 月 or 季 counts months or quarters running, as `連續20個月` would (`連3週` is read by the
units); a month named after it (`連9月份`, `连3月底`) or a date (`连3月5日`) is left to the dates.
"""

from __future__ import annotations

import re

from .builder import Builder
from .numbers import parse_number

_SHORT_RUN_RE = re.compile(r"(?<=连)(\d{1,2}|[二两三四五六七八九十]{1,3})(月|季)(?![份度底初中末\d日号])")


def short_runs(b: Builder) -> None:
    n = b.norm
    if "连" not in n:
        return
    for m in _SHORT_RUN_RE.finditer(n):
        s, e = m.start(), m.end()
        if b.free(s, e) and (p := parse_number(m.group(1))) is not None and p.value >= 2:
            b.add("duration", s, e, int(p.value), unit=m.group(2))
