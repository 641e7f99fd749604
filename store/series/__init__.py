"""One indicator across articles: series, conflicts and totals.

``indicators`` says what a fact measures (name, entity, unit family,
level or change); ``precision`` when two figures agree; ``table`` keeps
every fact by indicator in SQLite; ``queries`` answers series, conflicts
and totals from it; ``keeper`` keeps a store's table current.
"""

from store.series.indicators import Indicator, indicator_of
from store.series.keeper import SeriesKeeper
from store.series.records import (
           SERIES_COLUMNS,
           Conflict,
           ConflictValue,
           SeriesRow,
           UnitTotal,
)

__all__ = ["SERIES_COLUMNS", "Conflict", "ConflictValue", "Indicator", "SeriesKeeper", "SeriesRow", "UnitTotal",
           "indicator_of"]
