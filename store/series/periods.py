"""Ordering canonical periods on a time line: by where a period starts,
then by where it ends (2024-01 < 2024Q1 < 2024H1 < 2024-01/2024-11 < 2024
< 2024-02), so a year's monthly, quarterly and yearly figures keep their
order whatever their text."""

from __future__ import annotations

import calendar
import re
from functools import lru_cache

# One end of a period: a year, a month, a day, a half, a quarter or a run of quarters (2024Q1-Q3).
_PART = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|H([12])|Q([1-4])(?:-Q([1-4]))?)?$")
Day = tuple[int, int, int]
_NONE_KEY = (99999, 0, 0, 99999, 0, 0, "")


def _bounds(part: str) -> tuple[Day, Day] | None:
    """(first day, last day) of one canonical period without a slash."""
    match = _PART.match(part)
    if match is None:
        return None
    year_text, month, day, half, quarter, last_quarter = match.groups()
    year = int(year_text)
    if day:
        return (year, int(month), int(day)), (year, int(month), int(day))
    if month:
        first_month = last_month = int(month)
    elif half:
        first_month, last_month = (1, 6) if half == "1" else (7, 12)
    elif quarter:
        first_month, last_month = int(quarter) * 3 - 2, int(last_quarter or quarter) * 3
    else:
        first_month, last_month = 1, 12
    if not 1 <= last_month <= 12:
        return (year, first_month, 1), (year, first_month, 1)
    return (year, first_month, 1), (year, last_month, calendar.monthrange(year, last_month)[1])


def period_key(period: str | None) -> tuple[int, int, int, int, int, int, str]:
    """(start year, month, day, end year, month, day, text): periods by
    where they start, those sharing a start by where they end (a month
    before the quarter that begins with it, the quarter before the year),
    then by text; a period of a form not read here after every other, no
    period last."""
    if not period:
        return _NONE_KEY
    first, _, last = period.partition("/")  # a range: 2024-01/2024-07, 2021/2025, 2024Q1/2025Q2
    start = _bounds(first)
    if start is None:
        return (99998, 0, 0, 99998, 0, 0, period)
    end = _bounds(last) if last else start
    (year, month, day), (end_year, end_month, end_day) = start[0], (end or start)[1]
    return (year, month, day, end_year, end_month, end_day, period)


def period_year(period: str | None) -> float | None:
    """Where a period sits on a time axis in years (2024H2 → 2024.5), for charts."""
    if not period:
        return None
    year, month, day = period_key(period)[:3]
    if year >= 99998:
        return None
    return year + (month - 1) / 12 + max(day - 1, 0) / 365


@lru_cache(maxsize=1 << 14)  # a table's facts share a few thousand periods
def period_sort(period: str | None) -> str:
    """``period_key`` as one string that sorts the same way (a table column)."""
    year, month, day, end_year, end_month, end_day, text = period_key(period)
    return f"{year:05d}{month:02d}{day:02d}{end_year:05d}{end_month:02d}{end_day:02d}{text}"


# What a period spans, for a series that never puts a month's rate beside a
# year-to-date one: 社会消费品零售总额 rose 6.4% in May and 5.0% in the first
# half, two measurements an analyst never reads as consecutive points.
GRAINS = ("year", "to-date", "half", "quarter", "month", "day", "span", "none")
GRAIN_NAMES = {"year": "years", "to-date": "year to date", "half": "half-years",
               "quarter": "quarters", "month": "months", "day": "days", "span": "other spans",
               "none": "no period"}


def period_grains(period: str | None) -> tuple[str, ...]:
    """The grains a canonical period belongs to, its own first: a year, a
    run from January to a later month of the year (2024-01/2024-05, 2024H1,
    2024Q1-Q3: year to date), a half-year, a quarter, a month, a day, any
    other span (2021/2025, 2024-03/2024-05), or none.  The first quarter is
    also the first step of the year to date (一季度 then 上半年, 前三季度),
    and the first half is the half-year of its year too."""
    if not period:
        return ("none",)
    first, _, last = period.partition("/")
    start = _PART.match(first)
    if start is None:
        return ("span",)
    year, month, day, half, quarter, last_quarter = start.groups()
    if not last:
        if day:
            return ("day",)
        if month:
            return ("month",)
        if half:
            return ("to-date", "half") if half == "1" else ("half",)
        if quarter and last_quarter:
            return ("to-date",) if quarter == "1" and last_quarter != "1" else ("span",)
        if quarter:
            return ("quarter", "to-date") if quarter == "1" else ("quarter",)
        return ("year",)
    end = _PART.match(last)
    if end is None:
        return ("span",)
    end_year, end_month, end_day = end.group(1), end.group(2), end.group(3)
    if end_year == year and month == "01" and not day and end_month and not end_day and not any(end.groups()[3:]):
        return ("year",) if end_month == "12" else ("to-date",) if end_month != "01" else ("month",)
    return ("span",)
