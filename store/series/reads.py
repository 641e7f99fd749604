"""The Store methods series, conflicts and totals, shared by every backend:
each keeps a SeriesKeeper and answers through these."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from store.errors import StoreError
from store.series import queries
from store.series.keeper import SeriesKeeper
from store.series.records import Conflict, SeriesRow, UnitTotal

if TYPE_CHECKING:
    from store.protocol import StoreReader
    from store.search.query import Query


@contextmanager
def _table_errors(keeper: SeriesKeeper) -> Iterator[None]:
    """A damaged or locked table is a store error (one line), never a traceback."""
    try:
        yield
    except sqlite3.Error as err:
        hint = "run 'factdesk check --fix' to build it again" if keeper.path else "the articles are unaffected"
        raise StoreError(f"{keeper.path or 'series table'}: cannot read the series table ({err}); {hint}") from None


def series(keeper: SeriesKeeper, query: str | Query) -> list[SeriesRow]:
    with _table_errors(keeper):
        return queries.series(keeper.current(write=False), query)


def conflicts(keeper: SeriesKeeper, query: str | Query | None) -> list[Conflict]:
    with _table_errors(keeper):
        return queries.conflicts(keeper.current(write=False), query)


def totals(store: StoreReader, keeper: SeriesKeeper, query: str | Query) -> list[UnitTotal]:
    """Totals of the facts a search matches (every hit, not a page of them).
    A query of fact filters alone (with date: or pub:) is answered from the
    series table in one scan; with words or source:, the search says which
    facts match."""
    from store.search.query import as_query

    parsed = as_query(query)
    by_source = any(f.source is not None for f in parsed.articles)
    if parsed.filters and not (parsed.groups or parsed.exclude or by_source):
        with _table_errors(keeper):
            return queries.filtered_totals(keeper.current(write=False), parsed)
    result = store.search(parsed, limit=0, facts=False, detail=0)
    fact_ids = [fid for hit in result["results"] for fid in hit["fact_ids"]]
    with _table_errors(keeper):
        return queries.totals(keeper.current(write=False), fact_ids)


class SeriesReads:
    """The Store protocol's series, conflicts and totals, for any store that
    keeps a SeriesKeeper in ``_series`` (the TinyDB and fake stores; the
    PostgreSQL store answers in SQL: store.pg.series)."""

    _series: SeriesKeeper

    def series(self, query: str | Query) -> list[SeriesRow]:
        return series(self._series, query)

    def conflicts(self, query: str | Query | None = None) -> list[Conflict]:
        return conflicts(self._series, query)

    def totals(self, query: str | Query) -> list[UnitTotal]:
        return totals(self, self._series, query)

    def take_notices(self) -> list[str]:
        """What reading the series table found and did (a damaged table kept aside), once each."""
        return self._series.take_notices()
