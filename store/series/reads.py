"""The Store methods series, conflicts and totals, shared by every backend:
each keeps a SeriesKeeper and answers through these."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

from store.errors import StoreError
from store.series import queries
from store.series.keeper import SeriesKeeper, _is_damage
from store.series.table import SeriesTable
from store.series.records import Conflict, SeriesRow, UnitTotal

T = TypeVar("T")

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


def _answer(keeper: SeriesKeeper, ask: Callable[[SeriesTable], T]) -> T:
    """``ask`` of the current table; a table SQLite finds damaged only as
    the query reads it (a flipped bit deep in a page: its schema reads)
    is read around as one damaged at open is — left as it is, said in one
    line, the answer taken from the facts — never a failed command."""
    try:
        return ask(keeper.current(write=False))
    except sqlite3.Error as err:
        if keeper.path is None or not _is_damage(err):
            with _table_errors(keeper):
                raise
        with _table_errors(keeper):
            return ask(keeper.read_around(f"damaged ({err}; left as it is)"))


def series(keeper: SeriesKeeper, query: str | Query) -> list[SeriesRow]:
    return _answer(keeper, lambda table: queries.series(table, query))


def conflicts(keeper: SeriesKeeper, query: str | Query | None) -> list[Conflict]:
    return _answer(keeper, lambda table: queries.conflicts(table, query))


def totals(store: StoreReader, keeper: SeriesKeeper, query: str | Query) -> list[UnitTotal]:
    """Totals of the facts a search matches (every hit, not a page of them).
    A query of fact filters alone (with date: or pub:) is answered from the
    series table in one scan; with words or source:, the search says which
    facts match."""
    from store.search.query import as_query

    parsed = as_query(query)
    by_source = any(f.source is not None for f in parsed.articles)
    if parsed.filters and not (parsed.groups or parsed.exclude or by_source):
        return _answer(keeper, lambda table: queries.filtered_totals(table, parsed))
    result = store.search(parsed, limit=0, facts=False, detail=0)
    fact_ids = [fid for hit in result["results"] for fid in hit["fact_ids"]]
    return _answer(keeper, lambda table: queries.totals(table, fact_ids))


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
