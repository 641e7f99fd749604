"""The query language's article fields (pure: no I/O).

    date:2025-11-24  date:2025-11  date:2025     published that day, month, year
    date:2025-11-01..2025-11-30                  an inclusive range; either end may be
    date:2024..2025-06                           a day, a month or a year
    date:..2024-12-31  date:2025-01-01..         open at one end
    pub:重庆晨报                                  the publication contains this
    source:新闻联播                               one of the article's source files' names contains this

They hold for the article itself (its publication date, publication and
sources), never for its facts: `year:` is the year a fact is about, `date:`
the day the article appeared.  An article without a date never matches a
`date:` filter.  Names compare after the same normalisation as search text
(full/half width, case).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass

from store.search.normalize import normalize

FIELDS = ("date", "pub", "source")
NO_DATE = 0                       # an article without a date, as a yyyymmdd integer
FIRST_DAY, LAST_DAY = 1_01_01, 9999_12_31

_DATE_RE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_DATE_FORMS = "date:2025-11-24, date:2025-11, date:2025 or date:2025-11-01..2025-11-30"


class ArticleFieldError(ValueError):
    """A malformed article field; the query parser raises it as a QueryError."""


@dataclass(frozen=True)
class ArticleFilter:
    """One constraint on an article (all of a query's must hold): its
    publication date within [date_lo, date_hi] (yyyymmdd, inclusive; None
    means open), and its publication or one of its sources containing a
    normalised text."""

    date_lo: int | None = None
    date_hi: int | None = None
    publication: str | None = None
    source: str | None = None

    @property
    def dates(self) -> bool:
        return self.date_lo is not None or self.date_hi is not None

    def date_bounds(self) -> tuple[int, int]:
        """(first, last) yyyymmdd accepted, open ends filled in; a date
        filter never accepts NO_DATE."""
        return (self.date_lo if self.date_lo is not None else FIRST_DAY,
                self.date_hi if self.date_hi is not None else LAST_DAY)

    def accepts_date(self, date: str | int | None) -> bool:
        if not self.dates:
            return True
        day = date_number(date) if not isinstance(date, int) else date
        lo, hi = self.date_bounds()
        return day != NO_DATE and lo <= day <= hi

    def accepts_publication(self, publication: str | None, *, normalised: bool = False) -> bool:
        if self.publication is None:
            return True
        text = publication or ""
        return self.publication in (text if normalised else normalize(text))

    def accepts_sources(self, names: Iterable[str], *, normalised: bool = False) -> bool:
        """Whether one of an article's source names holds the text (an
        article ingested from several files lists them all)."""
        if self.source is None:
            return True
        return any(self.source in (name if normalised else normalize(name)) for name in names)

    def accepts(self, date: str | None, publication: str | None, sources: Iterable[str]) -> bool:
        return self.accepts_date(date) and self.accepts_publication(publication) and self.accepts_sources(sources)


def date_number(date: str | None) -> int:
    """'2025-11-24' -> 20251124; NO_DATE for None or anything else."""
    if not date or len(date) != 10 or date[4] != "-" or date[7] != "-":
        return NO_DATE
    digits = date[:4] + date[5:7] + date[8:]
    return int(digits) if digits.isdigit() else NO_DATE


def _day_span(text: str, token: str) -> tuple[int, int]:
    """The first and last day (yyyymmdd) of '2025-11-24', '2025-11' or '2025'."""
    m = _DATE_RE.fullmatch(text)
    if not m:
        raise ArticleFieldError(f"'{token}': '{text}' is not a date; write {_DATE_FORMS}")
    year = int(m.group(1))
    if year < 1:
        raise ArticleFieldError(f"'{token}': there is no year {m.group(1)}")
    if m.group(2) is None:
        return year * 10000 + 101, year * 10000 + 1231
    month = int(m.group(2))
    if not 1 <= month <= 12:
        raise ArticleFieldError(f"'{token}': there is no month {m.group(2)} (months are 1 to 12)")
    last = calendar.monthrange(year, month)[1]
    base = year * 10000 + month * 100
    if m.group(3) is None:
        return base + 1, base + last
    day = int(m.group(3))
    if not 1 <= day <= last:
        raise ArticleFieldError(f"'{token}': {year:04d}-{month:02d} has no day {m.group(3)} (it has {last})")
    return base + day, base + day


def date_filter(arg: str, token: str) -> ArticleFilter:
    """date:A, date:A..B, date:..B, date:A.. (A, B: a day, month or year)."""
    if ".." not in arg:
        lo, hi = _day_span(arg, token)
        return ArticleFilter(date_lo=lo, date_hi=hi)
    left, _, right = arg.partition("..")
    if not left and not right:
        raise ArticleFieldError(f"'{token}': a date range needs at least one end, e.g. date:2025-01-01..")
    lo = _day_span(left, token)[0] if left else None
    hi = _day_span(right, token)[1] if right else None
    if lo is not None and hi is not None and lo > hi:
        raise ArticleFieldError(f"'{token}': the date range is empty ({left} comes after {right})")
    return ArticleFilter(date_lo=lo, date_hi=hi)


def article_filter(name: str, arg: str, token: str) -> ArticleFilter:
    """The filter of field `name` (one of FIELDS) with its normalised value."""
    if name == "date":
        return date_filter(arg, token)
    if name == "pub":
        return ArticleFilter(publication=arg)
    return ArticleFilter(source=arg)
