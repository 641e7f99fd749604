"""The query language (store.search.query) as SQL over the PostgreSQL store.

A term matches an article whose normalised title or body contains it, as
in the TinyDB index: terms of three or more characters are found through the
trigram indexes (``LIKE '%term%'``, which PostgreSQL rechecks exactly on each
candidate), shorter ones through the indexed array of 1- and 2-grams (exact by
itself).  Latin words also match the Chinese words the pinyin vocabulary
spells with them; fact filters are one EXISTS over the facts table (all of a
query's filters hold for the same fact).  Ranking follows the TinyDB index:
literal matches first, then the score (title hits ×10, subject ×3, body ×1),
then the newest date, then insertion order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from store.search.normalize import normalize
from store.search.query import FactFilter, Query

W_TITLE, W_SUBJ, W_BODY = 10, 3, 1


@dataclass
class Sql:
    """A fragment of SQL with its parameters, in order."""

    text: str = ""
    params: list[Any] = field(default_factory=list)


def like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def match_any(texts: list[str]) -> Sql:
    """Articles whose title or body holds one of the texts."""
    short = sorted({t for t in texts if 0 < len(t) <= 2})
    long_ = [t for t in dict.fromkeys(texts) if len(t) > 2]
    parts: list[str] = []
    params: list[Any] = []
    if short:
        parts.append("a.grams && %s::text[]")
        params.append(short)
    for text in long_:
        parts.append("(a.norm_title LIKE %s OR a.norm_body LIKE %s)")
        params += [like_pattern(text)] * 2
    return Sql("(" + " OR ".join(parts) + ")" if parts else "false", params)


def fact_condition(filters: list[FactFilter]) -> Sql:
    """One fact satisfying every filter (values compare on [value, value_high])."""
    parts: list[str] = []
    params: list[Any] = []
    high = "coalesce(f.value_high, f.value)"
    for flt in filters:
        if flt.kinds is not None:
            parts.append("f.kind = ANY(%s)")
            params.append(sorted(flt.kinds))
        if flt.unit is not None:
            parts.append("f.unit = %s")
            params.append(normalize(flt.unit))
        if flt.year_lo is not None:
            parts.append("f.year BETWEEN %s AND %s")
            params += [flt.year_lo, flt.year_hi if flt.year_hi is not None else flt.year_lo]
        if flt.lo is not None:
            parts.append(f"{high} {'>' if flt.lo_strict else '>='} %s")
            params.append(flt.lo)
        if flt.hi is not None:
            parts.append(f"f.value {'<' if flt.hi_strict else '<='} %s")
            params.append(flt.hi)
    return Sql(" AND ".join(parts) or "true", params)


def _term_score(text: str, literal: bool) -> tuple[Sql, Sql, Sql]:
    """Score, hits and "literal match" of one alternative, for one article."""
    t, b, s = "factdesk_count(a.norm_title, %s)", "factdesk_count(a.norm_body, %s)", "factdesk_count(a.norm_subjects, %s)"
    found = f"({t} + {b})"
    score = Sql(f"CASE WHEN {found} > 0 THEN {W_TITLE} * {t} + {W_SUBJ} * {s} + {W_BODY} * {b} ELSE 0 END",
                [text, text, text, text, text])
    hits = Sql(found, [text, text])
    lit = Sql(f"CASE WHEN {found} > 0 THEN 1 ELSE 0 END" if literal else "0", [text, text] if literal else [])
    return score, hits, lit


def _join(parts: list[Sql], fn: str, sep: str = ", ") -> Sql:
    if len(parts) == 1:
        return parts[0]
    return Sql(f"{fn}(" + sep.join(p.text for p in parts) + ")", [x for p in parts for x in p.params])


def _sum(parts: list[Sql]) -> Sql:
    if not parts:
        return Sql("0")
    return Sql("(" + " + ".join(p.text for p in parts) + ")", [x for p in parts for x in p.params])


def ranking(groups: list[list[tuple[str, bool]]]) -> tuple[Sql, Sql, Sql]:
    """Score, hits and tier expressions over the query's groups."""
    scores, hits, tiers = [], [], []
    for group in groups:
        per = [_term_score(text, literal) for text, literal in group]
        scores.append(_join([p[0] for p in per], "greatest"))
        hits.append(_sum([p[1] for p in per]))
        tiers.append(_join([p[2] for p in per], "greatest"))
    return _sum(scores), _sum(hits), _sum(tiers)


def ranked_query(q: Query, groups: list[list[tuple[str, bool]]], limit: int) -> Sql:
    """SELECT id, title, score, hits, total, facts_total, fact_ids of the
    matching articles, best first."""
    where: list[Sql] = [match_any([t for t, _ in g]) for g in groups]
    where += [Sql("NOT " + match_any([term.text]).text, match_any([term.text]).params) for term in q.exclude]
    score, hits, tier = ranking(groups)
    joins = Sql()
    fcount, fids = "0", "NULL::text[]"
    if q.filters:
        cond = fact_condition(q.filters)
        joins = Sql("JOIN (SELECT f.article_id, count(*) AS n, array_agg(f.id ORDER BY f.ord) AS ids "
                    f"FROM facts f WHERE {cond.text} GROUP BY f.article_id) m ON m.article_id = a.id", cond.params)
        fcount, fids = "m.n", "m.ids"
    hits_expr = hits if groups else Sql(fcount)
    cond_sql = " AND ".join(w.text for w in where) or "true"
    sql = Sql(
        f"SELECT a.id, a.title, ({score.text} + {fcount})::bigint AS score, ({hits_expr.text})::bigint AS hits, "
        f"count(*) OVER () AS total, coalesce(sum({fcount}) OVER (), 0)::bigint AS facts_total, {fids} AS fact_ids "
        f"FROM articles a {joins.text} WHERE {cond_sql} "
        f"ORDER BY {tier.text + ' DESC, ' if groups else ''}score DESC, a.date_key DESC, a.seq",
        score.params + hits_expr.params + joins.params + [x for w in where for x in w.params] + (tier.params if groups else []))
    if limit > 0:
        sql.text += " LIMIT %s"
        sql.params.append(limit)
    return sql


def text_fact_ids(ids: list[str], literals: list[str]) -> Sql:
    """Facts of the given articles whose subject or clause holds a literal."""
    cond = " OR ".join("strpos(f.norm_text, %s) > 0" for _ in literals) or "false"
    return Sql(f"SELECT f.article_id, array_agg(f.id ORDER BY f.ord) FROM facts f "
               f"WHERE f.article_id = ANY(%s) AND ({cond}) GROUP BY f.article_id", [ids, *literals])
