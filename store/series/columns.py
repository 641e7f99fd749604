"""What a fact contributes to series, conflicts and totals: its indicator
key and its exact value, as every backend stores them.

The TinyDB store writes these to its SQLite series table at each commit;
the PostgreSQL store writes them to columns of its facts table at ingest.
Both compute them here, so the same fact has the same indicator, period
order and precision on either backend.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from store.records import Fact
from store.search.fact_dates import fact_year
from store.search.normalize import normalize
from store.series.indicators import Indicator, indicator_of
from store.series.periods import period_sort
from store.series.precision import value_step


class SeriesColumns(NamedTuple):
    """A fact with a value, keyed for the series queries."""

    indicator: Indicator | None   # None: no indicator (still counted in totals)
    psort: str                    # the period's place on a time line (periods.period_sort)
    kind: str | None
    unit: str | None              # as the fact writes it
    unit_key: str                 # folded, for unit: filters
    period: str | None
    year: int | None
    value: str                    # exact decimal text, a fall signed (下降1.5% → -1.5)
    value_high: str | None
    num: float | None             # the figure as written, for value filters (as in search: 下降1.5% is 1.5)
    num_high: float | None
    step: str | None              # one unit of the last written digit (precision.value_step)
    qualifier: str | None

    @property
    def named(self) -> bool:
        """The subject itself names the place or company (not the headline)."""
        return bool(self.indicator and self.indicator.entity and not self.indicator.entity_from_title)


def doc_year(date: str | None) -> int:
    return int(date[:4]) if date and date[:4].isdigit() else 0


def decimal_number(text: str | None) -> float | None:
    try:
        return float(Decimal(text)) if text else None
    except (ArithmeticError, ValueError):
        return None


def value_text(value: object) -> str | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return str(value) if isinstance(value, int) else format(Decimal(repr(value)), "f")


def _fall(text: str | None) -> str | None:
    """A fall's amount as written (1.5), signed as a change (-1.5); a
    figure already written negative or zero stays as it is."""
    if text is None or text.startswith("-") or not decimal_number(text):
        return text
    return "-" + text


def series_columns(fact: Fact, year_of_article: int, place: str | None) -> SeriesColumns | None:
    """The fact's series columns; None for a fact without a numeric value
    and for dates and years (a time, not a measurement).  ``place`` is the
    headline's place (indicators.title_entity), standing in for a subject
    that names none."""
    value = value_text(fact.get("value"))
    if value is None or fact.get("kind") in ("date", "year"):
        return None
    value = fact.get("value_text") or value
    high = value_text(fact.get("value_high"))
    num, num_high = decimal_number(value), decimal_number(high)  # as written: filters read them as search does
    if fact.get("change") == "down":  # 同比下降1.5%: the change is -1.5 (a growth rate and a fall are one series)
        value, high = _fall(value) or value, _fall(high)
    unit = fact.get("unit")
    return SeriesColumns(
        indicator_of(fact, place), period_sort(fact.get("period")), fact.get("kind"), unit, normalize(unit or ""),
        fact.get("period"), fact_year(fact, year_of_article) or None, value, high, num,
        num_high, value_step(fact.get("surface") or "", value), fact.get("qualifier"))
