"""The article fields of a query (date:, pub:, source:) as an SQL condition
over an article row aliased `a`, for the SQL backends: the PostgreSQL
store's search and the series tables (SQLite and PostgreSQL).

`a.date` is the article's date as YYYY-MM-DD text (so it compares as a
date; NULL, an undated article, never passes) and `a.publication` its
publication; names are folded with the backend's expression before the
substring test, as search text is (store.search.normalize).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from store.search.article_filters import ArticleFilter
from store.search.query import QueryError


@dataclass(frozen=True)
class ArticleColumns:
    """How a backend spells what the condition reads."""

    fold: str                   # SQL folding the text {} as store.search.normalize does
    contains: str               # SQL true when the text {} holds the parameter
    mark: str                   # the driver's parameter placeholder
    source: str | None = None   # the source file name column; None when the rows do not carry it
    also: str | None = None     # SQL of (id, name): the other files an article came from
    rows: str = "series and conflicts"  # what the rows are, for the error when source: cannot apply


SQLITE_SERIES = ArticleColumns(fold="factdesk_fold({})", contains="instr({}, ?) > 0", mark="?")
# the PostgreSQL series read the same rows as the SQLite table (and its ? marks)
POSTGRES_SERIES = ArticleColumns(fold="lower(normalize({}, NFKC))", contains="strpos({}, ?) > 0", mark="?")
# PostgreSQL's NFKC and lower() fold width and case as the search normaliser does
POSTGRES_ARTICLES = ArticleColumns(
    fold="lower(normalize({}, NFKC))", contains="strpos({}, %s) > 0", mark="%s", source="a.source_file",
    also="SELECT x.article_id AS id, s.file AS name FROM article_also x JOIN sources s ON s.key = x.source_key",
    rows="articles")


def _iso(day: int) -> str:
    return f"{day // 10000:04d}-{day // 100 % 100:02d}-{day % 100:02d}"


def article_condition(filters: Iterable[ArticleFilter], columns: ArticleColumns) -> tuple[str, list[Any]]:
    """(SQL, parameters) true for the articles passing every filter ("1=1" for none)."""
    parts: list[str] = []
    args: list[Any] = []
    for flt in filters:
        if flt.dates:
            lo, hi = flt.date_bounds()
            parts.append(f"a.date BETWEEN {columns.mark} AND {columns.mark}")
            args += [_iso(lo), _iso(hi)]
        if flt.publication is not None:
            parts.append(columns.contains.format(columns.fold.format("coalesce(a.publication, '')")))
            args.append(flt.publication)
        if flt.source is not None:
            if columns.source is None:
                raise QueryError(f"source: does not apply to {columns.rows}: their figures carry the "
                                 f"publication (pub:) and the date (date:) of their article")
            own = columns.contains.format(columns.fold.format(columns.source))
            args.append(flt.source)
            if columns.also is not None:  # the same article from other files: any of them may match
                other = columns.contains.format(columns.fold.format("y.name"))
                own = f"({own} OR a.id IN (SELECT y.id FROM ({columns.also}) y WHERE {other}))"
                args.append(flt.source)
            parts.append(own)
    return " AND ".join(parts) or "1=1", args
