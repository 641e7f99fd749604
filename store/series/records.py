"""The records series, conflicts and totals hand out (plain dicts, like
every record of the store: they cross JSON and the CLI unchanged)."""

from __future__ import annotations

from typing import NotRequired, TypedDict

# The order of a series row's fields in tables and CSV.  The measure
# (level or change) is what tells a growth rate (5.8, up 5.8 %) from a
# share or a rate's level (5.8 %) in a spreadsheet, where the sign a
# series' lines give a rise (+5.8%) is not written.
SERIES_COLUMNS: tuple[str, ...] = (
    "indicator", "entity", "period", "value", "value_high", "value_unit", "unit", "kind", "qualifier",
    "article_id", "fact_id", "title", "publication", "date", "measure",
)


class SeriesRow(TypedDict):
    """One figure of an indicator, with the article that states it."""

    indicator: str
    entity: str | None
    period: str | None
    value: int | float | None
    value_high: int | float | None
    # The unit value is in, derived from kind and unit as a fact's is
    # (store.records.value_unit: pp for 25个基点's 0.25): outputs fill it.
    value_unit: NotRequired[str | None]
    unit: str | None
    kind: str
    qualifier: str | None
    article_id: str
    fact_id: str
    title: str
    publication: str | None
    date: str | None
    measure: str                 # "level" or "change" (a growth rate is its own indicator)
    # One unit of the last digit the text writes, as decimal text ("0.1" for
    # 1.0%): how the value reads as written.  Not one of SERIES_COLUMNS: the
    # JSON and CSV give the value, the lines and the app show it as written.
    step: NotRequired[str | None]


class ConflictValue(TypedDict):
    value: int | float | None
    value_high: int | float | None
    qualifier: str | None
    fact_id: str
    article_id: str
    title: str
    publication: str | None
    date: str | None
    step: NotRequired[str | None]  # as SeriesRow's: for showing the value as written, not in --json


class Conflict(TypedDict):
    """Sources that give different values for one measurement."""

    indicator: str
    entity: str | None
    period: str
    value_unit: NotRequired[str | None]   # as a series row's: derived, `conflicts --json` fills it
    unit: str | None
    kind: str
    measure: str                 # "level" or "change": a change's rises are signed as its falls are
    values: list[ConflictValue]


class UnitTotal(TypedDict):
    """The facts of a search in one unit: how many, their sum and extremes."""

    kind: str
    unit: str | None
    count: int
    sum: int | float             # a float only when the exact sum has decimals
    sum_text: str                # the exact sum as a decimal string
    min: int | float
    max: int | float
    repeats: NotRequired[int]    # headline figures left out: their article's body states the same value
