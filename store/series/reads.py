"""The Store methods series, conflicts and totals, shared by every backend:
each keeps a SeriesKeeper and answers through these."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.series import queries
from store.series.keeper import SeriesKeeper
from store.series.records import Conflict, SeriesRow, UnitTotal

if TYPE_CHECKING:
    from store.protocol import StoreReader
    from store.search.query import Query


def series(keeper: SeriesKeeper, query: str | Query) -> list[SeriesRow]:
    return queries.series(keeper.current(), query)


def conflicts(keeper: SeriesKeeper, query: str | Query | None) -> list[Conflict]:
    return queries.conflicts(keeper.current(), query)


def totals(store: StoreReader, keeper: SeriesKeeper, query: str | Query) -> list[UnitTotal]:
    """Totals of the facts a search matches (every hit, not a page of them)."""
    result = store.search(query, limit=0, facts=False, detail=0)
    fact_ids = [fid for hit in result["results"] for fid in hit["fact_ids"]]
    return queries.totals(keeper.current(), fact_ids)
