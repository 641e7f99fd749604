"""A fact's series columns as cells of the facts table (schema 3): written
at ingest with the fact, and filled for the facts of an older database by
its migration.  The values come from store.series.columns, as the TinyDB
store's series table has them."""

from __future__ import annotations

from typing import Any

import orjson

from store.records import Fact
from store.search.normalize import normalize
from store.series.columns import doc_year, series_columns
from store.series.indicators import title_entity
from store.series.periods import period_sort

SERIES_CELLS = ("s_name", "s_entity", "s_family", "s_measure", "s_match", "s_named", "s_psort", "s_unit", "s_year",
                "s_value", "s_high", "s_num", "s_num_high", "s_step", "s_qualifier")
_NONE = (None,) * len(SERIES_CELLS)


def _text(value: Any) -> str | None:
    """A value for a text column (which cannot hold NUL)."""
    return None if value is None else str(value).replace("\x00", "")


class ArticleContext:
    """What a fact's series columns need from its article: the year its
    periods resolve against and the headline's place."""

    def __init__(self, title: str | None, date: str | None, publication: str | None = None) -> None:
        self.year = doc_year(date)
        self.place = title_entity(title, publication)


def series_cells(fact: Fact, context: ArticleContext) -> tuple:
    """The fact's SERIES_CELLS (all NULL for a fact outside series and totals)."""
    c = series_columns(fact, context.year, context.place)
    if c is None:
        return _NONE
    ind = c.indicator
    name, entity = (_text(ind.name), _text(ind.entity) or "") if ind else (None, "")
    return (name, entity, ind.family if ind else "", ind.measure if ind else "",
            normalize(entity + name) if name is not None else None, c.named, c.psort, _text(c.unit), c.year,
            c.value, c.value_high, c.num, c.num_high, c.step, _text(c.qualifier))


_READ = ("SELECT f.article_id, f.ord, f.record::text, a.title, a.date, a.publication FROM facts f "
         "JOIN articles a ON a.id = f.article_id ORDER BY f.article_id, f.ord")


def fill_series_columns(conn: Any) -> None:
    """Compute the series cells of every stored fact (the schema 3
    migration), in the caller's transaction: read in a stream, written
    back through a temporary table in one UPDATE."""
    conn.execute("DROP TABLE IF EXISTS series_fill")  # a fill earlier in the same migration (schema 3, then 5)
    conn.execute(f"CREATE TEMP TABLE series_fill (article_id text, ord integer, "
                 f"{', '.join(f'{c} {t}' for c, t in zip(SERIES_CELLS, _TYPES))}) ON COMMIT DROP")
    contexts: dict[str, ArticleContext] = {}
    with conn.cursor(name="series_fill_read") as read:
        read.execute(_READ)
        while rows := read.fetchmany(5000):  # a COPY between fetches: one connection does one thing at a time
            with conn.cursor() as write, write.copy(
                    f"COPY series_fill (article_id, ord, {', '.join(SERIES_CELLS)}) FROM STDIN") as copy:
                for article_id, order, record, title, date, publication in rows:
                    context = contexts.get(article_id)
                    if context is None:
                        contexts.clear()  # facts come article by article
                        context = contexts[article_id] = ArticleContext(title, date, publication)
                    copy.write_row((article_id, order, *series_cells(orjson.loads(record), context)))
    conn.execute(f"UPDATE facts f SET {', '.join(f'{c} = s.{c}' for c in SERIES_CELLS)} "
                 f"FROM series_fill s WHERE f.article_id = s.article_id AND f.ord = s.ord")


def fill_period_order(conn: Any) -> None:
    """Write each fact's place on the time line again (s_psort, from its
    period: store.series.periods), in the caller's transaction: one row
    per distinct period, applied in one UPDATE; nothing else changes."""
    periods = [row[0] for row in conn.execute(
        "SELECT DISTINCT period FROM facts WHERE s_value IS NOT NULL AND period IS NOT NULL")]
    conn.execute("DROP TABLE IF EXISTS period_order")
    conn.execute("CREATE TEMP TABLE period_order (period text PRIMARY KEY, psort text NOT NULL) ON COMMIT DROP")
    with conn.cursor() as write, write.copy("COPY period_order (period, psort) FROM STDIN") as copy:
        for period in periods:
            copy.write_row((period, period_sort(period)))
    conn.execute("UPDATE facts f SET s_psort = o.psort FROM period_order o "
                 "WHERE f.s_value IS NOT NULL AND f.period = o.period AND f.s_psort IS DISTINCT FROM o.psort")
    conn.execute("UPDATE facts SET s_psort = %s WHERE s_value IS NOT NULL AND period IS NULL",
                 (period_sort(None),))


_TYPES = ("text", "text", "text", "text", "text", "boolean", "text", "text", "integer", "text", "text",
          "double precision", "double precision", "text", "text")
