"""The extractor facade: text → fact records (figures, then their context)."""

from __future__ import annotations

from .context import _enrich
from .figures import (
    Fact,
    _Builder,
    _date_ranges,
    _dates,
    _days,
    _first_n,
    _fractions,
    _numbers,
    _percent_prefix,
    _quoted_label,
    _ranks,
    _trap_spans,
)
from .numbers import normalize


def _ref_date(date: str | None, year: int | None) -> tuple[tuple[int, int, int] | None, int | None]:
    if date and len(date) >= 10 and date[:4].isdigit() and date[5:7].isdigit() and date[8:10].isdigit():
        y, mo, d = int(date[:4]), int(date[5:7]), int(date[8:10])
        if 1 <= mo <= 12 and 1 <= d <= 31:
            return (y, mo, d), year or y
    return None, year


def extract(text: str, *, year: int | None = None, date: str | None = None) -> list[Fact]:
    """Facts of `text`, offsets relative to `text` (see contract.md, Fact record).

    `date` (ISO, the article's date) resolves a day of the month written alone (3日).
    """
    if not text:
        return []
    ref, year = _ref_date(date, year)
    norm = normalize(text)
    b = _Builder(text, norm)
    traps = _trap_spans(norm)
    for s, e in traps:                       # numerals in trap words are never figures
        for i in range(s, e):
            b.taken[i] = 1
    _percent_prefix(b)
    _fractions(b)
    _date_ranges(b, year)
    _dates(b, year)
    _days(b, ref)
    _first_n(b)
    _ranks(b)
    _numbers(b)
    facts = [f for f in b.facts if not _quoted_label(text, f)]
    facts.sort(key=lambda f: f["start"])
    _enrich(text, norm, facts, year, ref)
    return facts
