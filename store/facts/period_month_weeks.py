"""Weeks of a month: `3月第2周`, `2020年11月第一周`, `10月第四週` (price surveys of the
agriculture ministry, weekly market reports).

Weeks run Monday to Sunday and are counted from the month's first full week (tests/gold/README.md,
the sealed6 calls): `3月第2周` of 2021 is 2021-03-08/2021-03-14, `2020年11月第一周` is
2020-11-02/2020-11-08 (1 November 2020 is a Sunday).  The month span the week follows is widened
to the week, so the figures after it (and a run of weeks ending there, `连续7周回落`:
store/facts/period_runs.py) take the week.  A week that would end after the article's date is not
the one the report means (its weeks are counted otherwise): the month stays.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from .period_span import PeriodSpan, RefDate, article_day, small_int

_WEEK_AFTER_RE = re.compile(r"份?\s?第\s?([1-5一二三四五])\s?(?:周|週|个星期|個星期)")
_MONTH_RE = re.compile(r"(\d{4})-(\d{2})$")


def week_of_month(y: int, m: int, n: int) -> tuple[date, date] | None:
    """The n-th full week (Monday to Sunday) of month m of year y, or None past the month."""
    first = date(y, m, 1)
    monday = first + timedelta(days=(7 - first.weekday()) % 7) + timedelta(weeks=n - 1)
    return (monday, monday + timedelta(days=6)) if monday.month == m else None


def with_month_weeks(norm: str, spans: list[PeriodSpan], ref: RefDate | None) -> list[PeriodSpan]:
    """`spans` with each month followed by 第N周 widened to that week (see the module doc)."""
    if "第" not in norm or ("周" not in norm and "週" not in norm and "星期" not in norm):
        return spans
    today = article_day(ref)
    out = []
    for sp in spans:
        mo = _MONTH_RE.match(sp.period or "") if not sp.base else None
        wk = _WEEK_AFTER_RE.match(norm, sp.end) if mo else None
        n = small_int(wk.group(1)) if wk else None
        week = week_of_month(int(mo.group(1)), int(mo.group(2)), n) if mo and n else None
        if week and (today is None or week[1] <= today):
            sp = replace(sp, end=wk.end(), text=norm[sp.start:wk.end()],   # type: ignore[union-attr]
                         period=f"{week[0].isoformat()}/{week[1].isoformat()}", point=False)
        out.append(sp)
    return out


def weeks_window(n: int, period: str) -> str | None:
    """A run of n weeks ending with the week `period` (Monday/Sunday): 连续7周 → seven weeks."""
    try:
        a, b = (date.fromisoformat(x) for x in period.split("/"))
    except ValueError:
        return None
    if (b - a).days != 6 or a.weekday() != 0 or not 1 <= n <= 60:
        return None
    return f"{(a - timedelta(weeks=n - 1)).isoformat()}/{b.isoformat()}"
