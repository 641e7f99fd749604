"""A clock time told on a relative day is a date of that day: `截至今天18时，中国体育代表团…` is the
article's day (2025-08-16), `昨天下午3时` the day before (`当天18时` may be another day the text told of: no date); the figure is the clock time (`18时`), as the
gold sets label it.  Without the article's date it is no date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .builder import Builder

_CLOCK_DAY_RE = re.compile(r"(今天|今日|昨天|昨日)(?:上午|下午|晚上|晚间|晚|凌晨|中午|早上|早晨)?"
                           r"(\d{1,2}[时時点點](?:\d{1,2}分)?)(?![\d钟鐘])")
_BACK = {"昨天": 1, "昨日": 1}


def clock_days(b: Builder, ref: tuple[int, int, int] | None) -> None:
    n = b.norm
    if ref is None or not ("今天" in n or "今日" in n or "昨天" in n or "昨日" in n) or ("时" not in n and "点" not in n):
        return
    for m in _CLOCK_DAY_RE.finditer(n):
        s, e = m.span(2)
        hour = int(re.match(r"\d+", m.group(2)).group())
        if hour > 24 or not b.free(s, e):
            continue
        day = date(*ref) - timedelta(days=_BACK.get(m.group(1), 0))
        if b.add("date", s, e, day.isoformat()):
            b.unsaid.add((s, e))         # a time of day is no figure (store/facts/unsaid.py)
