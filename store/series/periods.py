"""Ordering canonical periods on a time line (2024 < 2024H1 < 2024Q1-Q3 …)."""

from __future__ import annotations

import re
from functools import lru_cache

_START = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|H([12])|Q([1-4]))?")


def period_key(period: str | None) -> tuple[int, int, int, int, str]:
    """(start year, start month, start day, whole-year first, text): a
    year sorts before its parts, parts by where they start; no period last."""
    if not period:
        return (99999, 0, 0, 0, "")
    match = _START.match(period)
    if match is None:
        return (99998, 0, 0, 0, period)
    year, month, day, half, quarter = match.groups()
    start = int(month) if month else (1 if half == "1" else 7) if half else (int(quarter) * 3 - 2) if quarter else 1
    whole = 0 if match.end() == 4 and len(period) == 4 else 1
    return (int(year), start, int(day or 0), whole, period)


def period_year(period: str | None) -> float | None:
    """Where a period sits on a time axis in years (2024H2 → 2024.5), for charts."""
    if not period:
        return None
    year, month, day, _, _ = period_key(period)
    if year >= 99998:
        return None
    return year + (month - 1) / 12 + max(day - 1, 0) / 365


@lru_cache(maxsize=1 << 14)  # a table's facts share a few thousand periods
def period_sort(period: str | None) -> str:
    """``period_key`` as one string that sorts the same way (a table column)."""
    year, month, day, whole, text = period_key(period)
    return f"{year:05d}{month:02d}{day:02d}{whole}{text}"
