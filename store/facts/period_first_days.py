"""The first days of a month or a year as a period: `1月首15天` (2025-01-01/2025-01-15), `今年前10天`,
`3月的前10天`; and written alone at a clause's start (`首15天，入境旅客…`, `前10天，乘用车零售…`), the
first days of the article's month once they have passed by its date.

Alone, only 首 with any numeral and 前 with digits are read: `前两天，…` at a clause's start is
more often "a couple of days ago" than the month's first two days.  A part of a holiday or an
event (`春节假期前5天`, `春运前九天`) is another form (store/facts/period_holidays.py), and so is
a window ahead of a day (`上市前10天`): neither opens a clause.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .period_span import PeriodSpan, RefDate, resolve_year, small_int

# what may stand before a first-days phrase written alone: a clause's start
_CLAUSE_START = "，,。；;：:（(“\"\n "


def first_days(m: re.Match[str], year: int | None, ctx_year: int | None, ref: RefDate | None) -> PeriodSpan | None:
    """The period of PERIOD_RE's first-days form at m (`year` the one its prefix names, if any)."""
    s, e, text = m.start(), m.end(), m.group(0)
    n = small_int(m.group("fdn"))
    month = small_int(m.group("fdm"))
    named = year is not None or month is not None
    if not n or n < 2 or month is not None and not 1 <= month <= 12:
        return None
    if not named:
        alone = s == 0 or m.string[s - 1] in _CLAUSE_START
        if not alone or text.startswith("前") and not m.group("fdn").isdigit() or not ref or not ref[1] or not ref[2]:
            return None
        if ref[2] <= n:
            return None                    # the article's month has not had those days yet: which month is unsure
        year, month = ref[0], ref[1]
    if month is None:
        month = 1                          # 今年首15天: the year's first days
    if year is None:
        year = resolve_year(month, ctx_year, ref)
    if year is None:
        return None
    first = date(year, month, 1)
    last = first + timedelta(days=n - 1)
    if month != 1 and last.month != month:
        return None                        # 3月前40天: no month has them
    return PeriodSpan(s, e, text, f"{first.isoformat()}/{last.isoformat()}")
