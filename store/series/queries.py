"""Reading the series table with a query of the search language.

The query's words match an indicator's name with its entity (新能源汽车产量
finds 重庆 + 新能源汽车产量; 重庆 finds every indicator of 重庆), as
substrings after the same folding as search and in either script (國內生產
總值 finds 国内生产总值); its fact filters (kind:, unit:, year:, value bounds) hold for each figure, as in search, and its article
fields (date:, pub:) for the article of each figure.  The rows carry no
source file, so source: is an error here.  Conflicts are the measurements
with a figure the query selects, shown with every source's figure.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from decimal import Decimal, localcontext
from itertools import groupby
from typing import Any

from store.search.article_sql import SQLITE_SERIES, article_condition
from store.search.normalize import normalize
from store.search.qualified import bound_sql
from store.search.query import FactFilter, Query, as_query, unit_forms
from store.search.script import script_forms
from store.series.layout import AS_WRITTEN, FACT_ID, HEADLINE, fact_tail
from store.series.periods import period_key
from store.series.records import Conflict, ConflictValue, SeriesRow, UnitTotal
from store.series.table import SeriesTable

# The first fifteen fields are the row every backend hands to _series_row and _conflict.
_ROW_FIELDS = (
    f"n.name, n.entity, p.period, f.value, f.value_high, u.unit, u.kind, f.qualifier, a.article_id, {FACT_ID}, "
    "a.title, a.publication, a.date, i.measure, i.family, f.iid, f.tid, f.step"
)
_FROM = ("FROM facts f JOIN indicators i ON i.iid = f.iid JOIN names n ON n.nid = i.nid "
         "JOIN periods p ON p.tid = f.tid JOIN units u ON u.uid = f.uid JOIN articles a ON a.aid = f.aid")
_ORDER = "n.name, n.entity, i.family, i.measure, p.psort, coalesce(a.date, ''), 10"
# Facts by (article id, tail), given as one JSON array: one statement finds them all.
_BY_ARTICLE = (f"SELECT w.key, u.kind, coalesce(u.unit, ''), {AS_WRITTEN}, f.aid, {HEADLINE} FROM json_each(?) w "
               "JOIN article_rows a ON a.article_id = json_extract(w.value, '$[0]') "
               "JOIN facts f ON f.aid = a.aid AND f.tail = json_extract(w.value, '$[1]') JOIN units u ON u.uid = f.uid")
# The SQLite table keeps kinds and units in a lookup table (a subquery, so
# that SQLite reads the facts once instead of indexing them by unit first).
_SQLITE_UNITS = {"kind": "f.uid IN (SELECT uid FROM units WHERE kind IN ({}))",
                 "unit_key": "f.uid IN (SELECT uid FROM units WHERE unit_key = ?)"}


def exact_number(text: str | None) -> int | float | None:
    """A stored exact decimal as the record's number (ints stay ints)."""
    if text is None:
        return None
    return int(text) if "." not in text and "e" not in text.lower() else float(text)


def _name_condition(q: Query) -> tuple[str, list[Any]]:
    """Names holding a term of each group and no excluded term, each term
    in either script as search reads it (国内生产总值 finds 國內生產總值)."""
    parts, args = [], []
    for group in q.groups:
        forms = [form for t in group for form in script_forms(normalize(t.text))]
        parts.append("(" + " OR ".join("match LIKE ? ESCAPE '\\'" for _ in forms) + ")")
        args.extend(_like(form) for form in forms)
    for term in q.exclude:
        for form in script_forms(normalize(term.text)):
            parts.append("match NOT LIKE ? ESCAPE '\\'")
            args.append(_like(form))
    return " AND ".join(parts) or "1", args


def _filter_condition(filters: Iterable[FactFilter], columns: dict[str, str] | None = None) -> tuple[str, list[Any]]:
    """The fact filters over `f`; ``columns`` gives the conditions on kind
    and unit_key when they are not columns of `f`."""
    kind = (columns or {}).get("kind", "f.kind IN ({})")
    unit_key = (columns or {}).get("unit_key", "f.unit_key = ?")
    parts: list[str] = []
    args: list[Any] = []
    for f in filters:
        if f.kinds is not None:
            parts.append(kind.format(",".join("?" * len(f.kinds))))
            args.extend(sorted(f.kinds))
        if f.unit is not None:  # in either script: unit:吨 finds 噸
            forms = unit_forms(f.unit)
            parts.append("(" + " OR ".join([unit_key] * len(forms)) + ")")
            args.extend(forms)
        if f.year_lo is not None:
            parts.append("f.year BETWEEN ? AND ?")
            args.extend([f.year_lo, f.year_hi if f.year_hi is not None else f.year_lo])
        # the figures each states, as the search reads them (store.search.qualified)
        bounds, bound_args = bound_sql("coalesce(f.num_high, f.num)", "f.num", f.lo, f.lo_strict, f.hi, f.hi_strict)
        parts += bounds
        args += bound_args
    return " AND ".join(parts) or "1", args


def _like(term: str) -> str:
    """A LIKE pattern finding ``term`` anywhere (both sides are folded
    already, so LIKE's ASCII case-blindness changes nothing)."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _folding(table: SeriesTable) -> None:
    """Let the table's SQL fold names as search does (for pub:)."""
    table.conn.create_function("factdesk_fold", 1, lambda text: normalize(text or ""), deterministic=True)


def _figure_condition(table: SeriesTable, q: Query) -> tuple[str, list[Any]]:
    """The query's fact filters and article fields, over `f`, `u` and `a`."""
    condition, args = _filter_condition(q.filters, _SQLITE_UNITS)
    if q.articles:
        _folding(table)
        articles, article_args = article_condition(q.articles, SQLITE_SERIES)
        condition, args = f"{condition} AND {articles}", args + article_args
    return condition, args


def _rows(table: SeriesTable, q: Query, ordered: bool = False) -> list[tuple]:
    """The figures the query selects: names by its words (a subquery, so
    SQLite walks each name's figures in the clustered order), figures by
    its filters and article fields; sorted in SQL when ``ordered``."""
    condition, args = _figure_condition(table, q)
    if q.groups or q.exclude:
        names, name_args = _name_condition(q)
        condition = (f"f.iid IN (SELECT iid FROM indicators WHERE nid IN (SELECT nid FROM names WHERE {names})) "
                     f"AND {condition}")
        args = name_args + args
    else:
        condition = f"f.iid > 0 AND {condition}"
    order = f" ORDER BY {_ORDER}" if ordered else ""
    return list(table.conn.execute(f"SELECT {_ROW_FIELDS} {_FROM} WHERE {condition}{order}", args))


def _series_row(row: tuple, step: str | None = None) -> SeriesRow:
    return {
        "indicator": row[0], "entity": row[1] or None, "period": row[2], "value": exact_number(row[3]),
        "value_high": exact_number(row[4]), "unit": row[5], "kind": row[6], "qualifier": row[7],
        "article_id": row[8], "fact_id": row[9], "title": row[10] or "", "publication": row[11], "date": row[12],
        "measure": row[13], "step": step,
    }


def series(table: SeriesTable, query: str | Query) -> list[SeriesRow]:
    """Every figure of the indicators the query names, by indicator, entity,
    period and publication date; [] for a query with neither words nor filters."""
    q = as_query(query)
    if q.empty:
        return []
    return [_series_row(r, r[17]) for r in _rows(table, q, ordered=True)]


def conflicts(table: SeriesTable, query: str | Query | None = None) -> list[Conflict]:
    """The groups (indicator, entity, period) whose sources disagree, of the
    indicators the query names (every indicator without a query)."""
    q = as_query(query or "")
    if q.empty:
        keys = list(table.conn.execute("SELECT iid, tid FROM conflicts"))
    else:
        wanted = {(r[15], r[16]) for r in _rows(table, q) if r[2] is not None}
        iids = sorted({k[0] for k in wanted})
        keys = []
        for start in range(0, len(iids), 500):
            part = iids[start:start + 500]
            keys.extend(k for k in table.conn.execute(
                f"SELECT iid, tid FROM conflicts WHERE iid IN ({','.join('?' * len(part))})", part) if k in wanted)
    out = []
    for key in keys:
        rows = list(table.conn.execute(
            f"SELECT {_ROW_FIELDS} {_FROM} WHERE f.iid = ? AND f.tid = ? ORDER BY {_ORDER}", key))
        out.append(_conflict(rows))
    out.sort(key=lambda c: (c["indicator"], c["entity"] or "", period_key(c["period"]), c["kind"], c["unit"] or ""))
    return out


def _conflict(rows: list[tuple], step_at: int = 17) -> Conflict:
    """The group's rows (the fifteen shared fields first) as a conflict;
    ``step_at``: where a backend's row holds the fact's step."""
    first = rows[0]
    values: list[ConflictValue] = [
        {"value": exact_number(r[3]), "value_high": exact_number(r[4]), "qualifier": r[7], "fact_id": r[9],
         "article_id": r[8], "title": r[10] or "", "publication": r[11], "date": r[12],
         "step": r[step_at]}
        for r in rows
    ]
    return {"indicator": first[0], "entity": first[1] or None, "period": first[2], "unit": first[5],
            "kind": first[6], "measure": first[13], "values": values}


def totals(table: SeriesTable, fact_ids: Iterable[str]) -> list[UnitTotal]:
    """Count, exact sum, min and max of these facts, per kind and unit
    (dates and years left out), the largest group first."""
    wanted = list(dict.fromkeys(fact_ids))
    pairs = []  # (article id, tail): a fact id starts with its article's, which has no colon
    for fid in wanted:
        article_id = fid.partition(":")[0]
        pairs.append((article_id, fact_tail(fid, article_id)[0]))
    found = {r[0]: r[1:] for r in table.conn.execute(_BY_ARTICLE, [json.dumps(pairs)])}
    odd = [fid for i, fid in enumerate(wanted) if i not in found]
    rows = list(found.values())
    for start in range(0, len(odd), 500):
        part = odd[start:start + 500]
        rows.extend(table.conn.execute(
            f"SELECT u.kind, coalesce(u.unit, ''), {AS_WRITTEN}, f.aid, 0 FROM facts f JOIN units u ON u.uid = f.uid "
            f"WHERE f.odd_id IS NOT NULL AND f.odd_id IN ({','.join('?' * len(part))})", part))
    return _unit_totals(rows)


def filtered_totals(table: SeriesTable, q: Query) -> list[UnitTotal]:
    """Totals of every fact passing a query's fact filters and article
    fields (a query of filters only: the facts its search would match, read
    in one scan)."""
    condition, args = _figure_condition(table, q)
    join = " JOIN articles a ON a.aid = f.aid" if q.articles else ""
    return _unit_totals(list(table.conn.execute(
        f"SELECT u.kind, coalesce(u.unit, ''), {AS_WRITTEN}, f.aid, {HEADLINE} FROM facts f "
        f"JOIN units u ON u.uid = f.uid{join} "
        f"WHERE {condition}", args)))


def _unit_totals(rows: list[tuple]) -> list[UnitTotal]:
    """Rows of (kind, unit, value as written, article, in its title)."""
    out: list[UnitTotal] = []
    rows.sort(key=lambda r: (r[0], r[1]))
    for (kind, unit), group in groupby(rows, key=lambda r: (r[0], r[1])):
        kept = _without_headline_repeats(list(group))
        values = [Decimal(r[2]) for r in kept[0]]
        with localcontext() as exact:  # figures of any length: the sum must not round
            exact.prec = max(28, max(len(r) for r in map(str, values)) + 8)
            total = sum(values, Decimal(0))
        line: UnitTotal = {"kind": kind, "unit": unit or None, "count": len(values), "sum": _plain(total),
                           "sum_text": _text(total), "min": _plain(min(values)), "max": _plain(max(values))}
        if kept[1]:
            line["repeats"] = kept[1]
        out.append(line)
    out.sort(key=lambda t: (-t["count"], t["kind"], t["unit"] or ""))
    return out


def _without_headline_repeats(rows: list[tuple]) -> tuple[list[tuple], int]:
    """The rows of one kind and unit without the headline figures whose
    article's body states the same value (首期投资35亿 over 首期投资达35亿元…:
    one investment, which a sum must not count twice), and how many those
    were.  A figure the body states twice is one fact already (its
    mentions); two different body facts of equal value stay two."""
    in_body = {(r[3], Decimal(r[2])) for r in rows if not r[4]}
    kept = [r for r in rows if not (r[4] and (r[3], Decimal(r[2])) in in_body)]
    return kept, len(rows) - len(kept)


def _text(value: Decimal) -> str:
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _plain(value: Decimal) -> int | float:
    return exact_number(_text(value)) or 0
