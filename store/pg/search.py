"""The query language (store.search.query) as SQL over the PostgreSQL store.

A term matches an article whose normalised title or body contains it, as
in the TinyDB index: terms of three or more characters are found through the
trigram indexes (``LIKE '%term%'``, which PostgreSQL rechecks exactly on each
candidate), shorter ones through the indexed array of 1- and 2-grams (exact by
itself).  Latin words also match the Chinese words the pinyin vocabulary
spells with them; fact filters are one EXISTS over the facts table (all of a
query's filters hold for the same fact); article fields (date:, pub:,
source:) are conditions on the article row (store.search.article_sql).
Ranking follows the TinyDB index: literal matches first, then the score
(title hits ×10, subject ×3, body ×1), then the newest date, then insertion
order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from store.search.article_sql import POSTGRES_ARTICLES, article_condition
from store.search.qualified import bound_sql
from store.search.query import FactFilter, Query, unit_forms

W_TITLE, W_SUBJ, W_BODY = 10, 3, 1


@dataclass
class Sql:
    """A fragment of SQL with its parameters, in order."""

    text: str = ""
    params: list[Any] = field(default_factory=list)


def like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def match_any(texts: list[str], alias: str = "a") -> Sql:
    """Articles whose title or body holds one of the texts."""
    short = sorted({t for t in texts if 0 < len(t) <= 2})
    long_ = [t for t in dict.fromkeys(texts) if len(t) > 2]
    parts: list[str] = []
    params: list[Any] = []
    if short:
        parts.append(f"{alias}.grams && %s::text[]")
        params.append(short)
    for text in long_:
        parts.append(f"({alias}.norm_title LIKE %s OR {alias}.norm_body LIKE %s)")
        params += [like_pattern(text)] * 2
    return Sql("(" + " OR ".join(parts) + ")" if parts else "false", params)


def fact_condition(filters: list[FactFilter]) -> Sql:
    """One fact satisfying every filter (values compare on [value, value_high],
    each the figure it states: store.search.qualified)."""
    parts: list[str] = []
    params: list[Any] = []
    high = "coalesce(f.value_high, f.value)"
    for flt in filters:
        if flt.kinds is not None:
            parts.append("f.kind = ANY(%s)")
            params.append(sorted(flt.kinds))
        if flt.unit is not None:  # in either script: unit:吨 finds 噸
            parts.append("f.unit = ANY(%s)")
            params.append(list(unit_forms(flt.unit)))
        if flt.year_lo is not None:
            parts.append("f.year BETWEEN %s AND %s")
            params += [flt.year_lo, flt.year_hi if flt.year_hi is not None else flt.year_lo]
        # the figures each states (store.search.qualified); its qualifier is read from the record only
        # for a value at a bound, so it needs no column of its own
        bounds, args = bound_sql(high, "f.value", flt.lo, flt.lo_strict, flt.hi, flt.hi_strict,
                                 qualifier="(f.record->>'qualifier')")
        parts += [b.replace("?", "%s") for b in bounds]
        params += args
    return Sql(" AND ".join(parts) or "true", params)


def exclusion(text: str) -> Sql:
    """Articles not holding ``text`` in either script (store.search.script):
    an anti-join over the indexed match (a plain NOT would test every
    article's grams)."""
    from store.search.script import script_forms

    found = match_any(list(script_forms(text)), "x")
    return Sql(f"a.seq NOT IN (SELECT x.seq FROM articles x WHERE {found.text})", found.params)


def counted(group: list[tuple[str, bool]]) -> list[tuple[str, bool, bool]]:
    """What the ranking counts for a group, as (text, literal?, pattern?):
    each literal alternative on its own; the words a Latin term spells in
    pinyin (often dozens) as one alternation, counted in one pass over each
    text instead of one pass per word (their score is then their combined
    count rather than the best word's; which articles match is unchanged)."""
    words = [text for text, literal in group if not literal]
    out = [(text, True, False) for text, literal in group if literal]
    if len(words) == 1:
        out.append((words[0], False, False))
    elif words:
        out.append(("|".join(re.sub(r"(\W)", r"\\\1", w) for w in words), False, True))
    return out


def counts_lateral(groups: list[list[tuple[str, bool, bool]]], regexp_count: str) -> Sql:
    """Occurrences of every counted alternative in each article's title,
    body and fact subjects, computed once per matching article.  The texts
    are read (decompressed) once per article, not once per count; OFFSET 0
    keeps PostgreSQL from folding each subquery back into every use."""
    cols, params = [], []
    for g, group in enumerate(groups):
        for i, (text, _, pattern) in enumerate(group):
            fn = regexp_count if pattern else "factdesk_count"
            cols += [f"{fn}(d.t, %s) AS t{g}_{i}", f"{fn}(d.b, %s) AS b{g}_{i}", f"{fn}(d.s, %s) AS s{g}_{i}"]
            params += [text, text, text]
    if not cols:
        return Sql("")
    texts = "a.norm_title || '' AS t, a.norm_body || '' AS b, a.norm_subjects || '' AS s"
    return Sql(f"CROSS JOIN LATERAL (SELECT {texts} OFFSET 0) d "
               f"CROSS JOIN LATERAL (SELECT {', '.join(cols)} OFFSET 0) c", params)


def ranking(groups: list[list[tuple[str, bool, bool]]]) -> tuple[str, str, str]:
    """Score, hits and tier over the counts of ``counts_lateral``: per
    group, the best alternative's score, every alternative's hits, and
    whether a literal one matched; summed over the groups."""
    scores, hits, tiers = [], [], []
    for g, group in enumerate(groups):
        found = [f"(c.t{g}_{i} + c.b{g}_{i})" for i in range(len(group))]
        per_score = [f"CASE WHEN {f} > 0 THEN {W_TITLE} * c.t{g}_{i} + {W_SUBJ} * c.s{g}_{i} + {W_BODY} * c.b{g}_{i} "
                     f"ELSE 0 END" for i, f in enumerate(found)]
        per_tier = [f"CASE WHEN {f} > 0 THEN 1 ELSE 0 END" for f, (_, literal, _) in zip(found, group) if literal]
        scores.append(per_score[0] if len(per_score) == 1 else f"greatest({', '.join(per_score)})")
        hits.append(" + ".join(found))
        tiers.append("0" if not per_tier else per_tier[0] if len(per_tier) == 1 else f"greatest({', '.join(per_tier)})")
    return (" + ".join(f"({x})" for x in scores) or "0", " + ".join(f"({x})" for x in hits) or "0",
            " + ".join(f"({x})" for x in tiers) or "0")


def ranked_query(q: Query, groups: list[list[tuple[str, bool]]], limit: int, server_version: int = 150000) -> Sql:
    """SELECT id, title, score, hits, total, facts_total, fact_ids, tier of
    the matching articles, best first."""
    where: list[Sql] = [match_any([t for t, _ in g]) for g in groups]
    where += [exclusion(term.text) for term in q.exclude]
    if q.articles:
        where.append(Sql(*article_condition(q.articles, POSTGRES_ARTICLES)))
    counting = [counted(g) for g in groups]
    counts = counts_lateral(counting, "regexp_count" if server_version >= 150000 else "factdesk_regexp_count")
    score, hits, tier = ranking(counting)
    joins = Sql()
    fcount, fids = "0", "NULL::text[]"
    if q.filters:
        cond = fact_condition(q.filters)
        joins = Sql("JOIN (SELECT f.article_id, count(*) AS n, array_agg(f.id ORDER BY f.ord) AS ids "
                    f"FROM facts f WHERE {cond.text} GROUP BY f.article_id) m ON m.article_id = a.id", cond.params)
        fcount, fids = "m.n", "m.ids"
    cond_sql = " AND ".join(w.text for w in where) or "true"
    sql = Sql(
        f"SELECT a.id, a.title, ({score} + {fcount})::bigint AS score, ({hits if groups else fcount})::bigint AS hits, "
        f"count(*) OVER () AS total, coalesce(sum({fcount}) OVER (), 0)::bigint AS facts_total, {fids} AS fact_ids, "
        f"({tier}) AS tier "
        f"FROM articles a {joins.text} {counts.text} WHERE {cond_sql} "
        f"ORDER BY tier DESC, score DESC, a.date_key DESC, a.id COLLATE \"C\"",
        joins.params + counts.params + [x for w in where for x in w.params])
    if limit > 0:
        sql.text += " LIMIT %s"
        sql.params.append(limit)
    return sql


def text_fact_ids(ids: list[str], literals: list[str]) -> Sql:
    """Facts of the given articles whose subject or clause holds a literal."""
    cond = " OR ".join("strpos(f.norm_text, %s) > 0" for _ in literals) or "false"
    return Sql(f"SELECT f.article_id, array_agg(f.id ORDER BY f.ord) FROM facts f "
               f"WHERE f.article_id = ANY(%s) AND ({cond}) GROUP BY f.article_id", [ids, *literals])
