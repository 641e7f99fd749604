"""Days of the lunar new year named as dates: `正月初六，全社會跨區域人員流動量…` is 2026-02-22 in a
February 2026 story, `春节除夕至初五` the days 2024-02-09/2024-02-14 in a February 2024 one.

The year is the one written before (`2024年春节除夕至初五`), else the article's; a day after the
article's date is no date (the lunar table and the day offsets are period_holidays', which reads the
same words as periods).  A lone `初六` (the sixth of any lunar month) is no date: only 正月/大年 days
and 除夕/初N ranges are read.
"""

from __future__ import annotations

import re
from datetime import date

from .builder import Builder
from .period_holidays import LUNAR_RE, lunar_day

_DAY_RE = re.compile(r"(?:正月|大年)初[一二三四五六七八九十]|正月(?:二十|十[一二三四五六七八九]?)")
_YEAR_BEFORE_RE = re.compile(r"(20\d\d)\s?年(?:春节|春節)?$")


def lunar_dates(b: Builder, ref: tuple[int, int, int] | None) -> None:
    n = b.norm
    if "除夕" not in n and "正月" not in n and "大年初" not in n:
        return
    today = date(*ref) if ref else None
    for rx in (LUNAR_RE, _DAY_RE):
        for m in rx.finditer(n):
            yb = _YEAR_BEFORE_RE.search(n, max(0, m.start() - 7), m.start())
            y = int(yb.group(1)) if yb else (ref[0] if ref else None)
            if y is None:
                continue
            lo = lunar_day(y, m.group("a") if rx is LUNAR_RE else m.group())
            hi = lunar_day(y, m.group("b")) if rx is LUNAR_RE else None
            if lo is None or (rx is LUNAR_RE and (hi is None or hi <= lo)):
                continue
            if yb is None and today is not None and (hi or lo) > today:
                continue                          # not yet: no date told as past
            b.add("date", m.start(), m.end(), lo.isoformat(), value_high=hi.isoformat() if hi else None)
