"""Series, conflicts and totals on the PostgreSQL store, as SQL over the
facts table's series columns (the ``series_facts`` view, schema 3).

The view has the column names of the TinyDB store's series table, so the
query language becomes the same WHERE clause on both (store.series.queries
builds it); rows come back in that module's row shape and are turned into
records by its functions.  Conflicts are found when asked: SQL keeps the
groups where two articles give different values (or bounds), and
store.series.table.disagree judges those by their written precision.
"""

from __future__ import annotations

from itertools import groupby
from typing import Any

from store.search.article_sql import POSTGRES_SERIES, article_condition
from store.search.query import Query, as_query
from store.series import queries
from store.series.layout import AS_WRITTEN
from store.series.periods import period_key
from store.series.records import Conflict, SeriesRow, UnitTotal
from store.series.table import disagree

_ROW_FIELDS = ("f.name, f.entity, f.period, f.value, f.value_high, f.unit, f.kind, f.qualifier, f.article_id, "
               "f.fact_id, a.title, a.publication, a.date, f.measure, f.family")
_FROM = "FROM series_facts f JOIN articles a ON a.id = f.article_id"
_ORDER = ('f.name COLLATE "C", f.entity COLLATE "C", f.family COLLATE "C", f.measure, f.psort COLLATE "C", '
          'coalesce(a.date, \'\') COLLATE "C", f.fact_id COLLATE "C"')
_GROUP = ("name", "entity", "family", "measure", "period")
# A name too bare to say what it is about is never a conflict (as in the TinyDB table).
_SPECIFIC = "(f.named OR length(f.name) >= 3)"
# Groups where sources may disagree: equal values with no bounds or ranges always agree.
_MAY_DISAGREE = ("count(DISTINCT f.article_id) > 1 "
                 "AND (count(DISTINCT f.value) > 1 OR count(f.value_high) > 0 OR count(f.qualifier) > 0)")


def _pg(sql: str) -> str:
    """A condition of store.series.queries (SQLite placeholders, 1 for
    true) for psycopg."""
    return "true" if sql == "1" else sql.replace("?", "%s")


def _figures(q: Query) -> tuple[str, list[Any]]:
    """The query's fact filters and article fields (date:, pub:) over `f`."""
    condition, args = queries._filter_condition(q.filters)
    if q.articles:
        articles, article_args = article_condition(q.articles, POSTGRES_SERIES)
        by_article = f"f.article_id IN (SELECT a.id FROM articles a WHERE {articles})"
        condition = by_article if condition == "1" else f"{condition} AND {by_article}"
        args = args + article_args
    return condition, args


def _condition(q: Query) -> tuple[str, list[Any]]:
    """The figures the query selects: indicators by its words, figures by
    its filters and article fields (the TinyDB series table's rule)."""
    condition, args = _figures(q)
    condition = f"f.name IS NOT NULL AND {_pg(condition)}"
    if q.groups or q.exclude:
        names, name_args = queries._name_condition(q)
        condition = f"{_pg(names)} AND {condition}"
        args = name_args + args
    return condition, args


def series(conn: Any, query: str | Query) -> list[SeriesRow]:
    q = as_query(query)
    if q.empty:
        return []
    condition, args = _condition(q)
    rows = conn.execute(f"SELECT {_ROW_FIELDS}, f.step {_FROM} WHERE {condition} ORDER BY {_ORDER}", args)
    return [queries._series_row(row, row[15]) for row in rows]


def conflicts(conn: Any, query: str | Query | None = None) -> list[Conflict]:
    """The groups (indicator, entity, unit family, measure, period) the
    query names whose sources disagree (every group without a query)."""
    q = as_query(query or "")
    keys = ", ".join(f"f.{c}" for c in _GROUP)
    where, args = f"f.period IS NOT NULL AND f.name IS NOT NULL AND {_SPECIFIC}", []
    if not q.empty:
        condition, args = _condition(q)
        where += f" AND ({keys}) IN (SELECT DISTINCT {keys} FROM series_facts f WHERE f.period IS NOT NULL AND {condition})"
    candidates = conn.execute(f"SELECT {keys} FROM series_facts f WHERE {where} GROUP BY {keys} "
                              f"HAVING {_MAY_DISAGREE}", args).fetchall()
    if not candidates:
        return []
    columns = list(zip(*candidates))
    rows = conn.execute(
        f"SELECT {_ROW_FIELDS}, {_SPECIFIC}, f.step {_FROM} "
        f"JOIN unnest(%s::text[], %s::text[], %s::text[], %s::text[], %s::text[]) AS g({', '.join(_GROUP)}) "
        f"USING ({', '.join(_GROUP)}) ORDER BY {_ORDER.replace('f.psort', 'f.period')}",
        [list(c) for c in columns]).fetchall()
    found = [_conflict(list(group)) for _, group in groupby(rows, key=lambda r: (r[0], r[1], r[14], r[13], r[2]))]
    out = [c for c in found if c is not None]
    out.sort(key=lambda c: (c["indicator"], c["entity"] or "", period_key(c["period"]), c["kind"], c["unit"] or ""))
    return out


def _conflict(rows: list[tuple]) -> Conflict | None:
    """The group as a conflict when its specific figures disagree (judged
    on (article, value, high, step, qualifier), as the TinyDB table does)."""
    judged = [(r[8], r[3], r[4], r[16], r[7]) for r in rows if r[15]]
    if not disagree(judged):
        return None
    return queries._conflict(rows, step_at=16)


# The fact's article and whether the fact is stated in its title (a
# headline figure the body states again is counted once: queries._unit_totals).
_ARTICLE_HEADLINE = "f.article_id, starts_with(f.fact_id, f.article_id || ':title:')"


def totals(store: Any, conn: Any, query: str | Query) -> list[UnitTotal]:
    """Count, exact sum, min and max per kind and unit of the facts the
    query matches: a query of fact filters alone in one scan, else the
    facts its search matches."""
    q = as_query(query)
    by_source = any(f.source is not None for f in q.articles)
    if q.filters and not (q.groups or q.exclude or by_source):
        condition, args = _figures(q)
        rows = conn.execute(f"SELECT f.kind, coalesce(f.unit, ''), {AS_WRITTEN}, {_ARTICLE_HEADLINE} "
                            f"FROM series_facts f WHERE {_pg(condition)}", args).fetchall()
        return queries._unit_totals(rows)
    result = store.search(q, limit=0, facts=False, detail=0)
    fact_ids = [fid for hit in result["results"] for fid in hit["fact_ids"]]
    rows = conn.execute(f"SELECT f.kind, coalesce(f.unit, ''), {AS_WRITTEN}, {_ARTICLE_HEADLINE} "
                        "FROM series_facts f WHERE f.fact_id = ANY(%s)", (fact_ids,)).fetchall()
    return queries._unit_totals(rows)
