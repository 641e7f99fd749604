"""Dates and years of articles and facts as the index and the series table
number them (no numpy: a commit's series update needs them without the
index writer)."""

from __future__ import annotations

import re

_YEAR_IN = re.compile(r"(1[89]\d{2}|20\d{2})")


def date_int(date: str | None) -> int:
    """'2024-05-01' -> 20240501; anything else -> 0 (sorts last)."""
    if not date or len(date) < 10:
        return 0
    try:
        return int(date[0:4]) * 10000 + int(date[5:7]) * 100 + int(date[8:10])
    except ValueError:
        return 0


def fact_year(fact: dict, doc_year: int) -> int:
    """The year a fact is about: its period, a year/date value, else the article's year."""
    m = _YEAR_IN.search(str(fact.get("period") or ""))
    if m:
        return int(m.group(1))
    v = fact.get("value")
    if fact.get("kind") == "year" and isinstance(v, (int, float)) and 1000 <= v < 3000:
        return int(v)
    if fact.get("kind") == "date" and isinstance(v, str) and v[:4].isdigit():
        return int(v[:4])
    return doc_year
