"""Running a search on the PostgreSQL store: parse, expand pinyin, rank in
SQL, then shape the first results (snippets, facts) in Python."""

from __future__ import annotations

from typing import Any

import orjson

from store.pg.results import result_rows
from store.search.highlight import CLAUSES_LOOKED_AT
from store.pg.search import ranked_query, text_fact_ids
from store.records import SearchHit, SearchResults
from store.search.pinyin import expand
from store.search.query import Query, as_query


def run_search(store: Any, query: str | Query, *, limit: int, kind: str | None, facts: bool,
               detail: int | None) -> SearchResults:
    """Ranked articles matching ``query``, as the TinyDB store's search:
    {"total", "facts_total", "results": [{"article_id", "title", "score",
    "hits", "snippets", "fact_ids", "facts"}], "query": the parsed Query};
    ``limit`` 0 gives all."""
    q = as_query(query, kind)
    if q.empty:
        return {"total": 0, "facts_total": 0, "results": [], "query": q}
    groups = [[alt for term in group for alt in expand(term, store.pinyin_words)] for group in q.groups]
    conn = store._conn
    sql = ranked_query(q, groups, limit, conn.info.server_version)
    # The planner, not counting the cost of reading each article's grams,
    # prefers scanning the table to the GIN index even for rare terms.
    conn.execute("SET enable_seqscan = off")
    try:
        rows = conn.execute(sql.text, sql.params).fetchall()
    finally:
        conn.execute("RESET enable_seqscan")
    if not rows:
        return {"total": 0, "facts_total": 0, "results": [], "query": q}
    n_detail = len(rows) if detail is None else min(len(rows), max(detail, 0))
    detailed = [r[0] for r in rows[:n_detail]]
    literals = [text for group in groups for text, _ in group]
    text_facts: dict[str, list[str]] = {}
    if not q.filters and detailed:
        found = text_fact_ids(detailed, literals)
        text_facts = {aid: list(ids) for aid, ids in conn.execute(found.text, found.params)}
    bodies = {aid: orjson.loads(record)["body"] for aid, record in conn.execute(
        "SELECT id, record::text FROM articles WHERE id = ANY(%s)", (detailed,))}
    clauses = _clauses(conn, rows[:n_detail], text_facts)
    results = result_rows(rows, literals, n_detail, text_facts, bodies, clauses)
    facts_total = int(rows[0][5]) if q.filters else sum(len(r["fact_ids"]) for r in results[:n_detail])
    for hit in results:
        hit["facts"] = []
    if facts:
        _resolve_facts(conn, results)
    return {"total": int(rows[0][4]), "facts_total": facts_total, "results": results, "query": q}


def _clauses(conn: Any, rows: list[tuple], text_facts: dict[str, list[str]]) -> dict[str, list[str]]:
    """Clauses of the first two matching facts of each row: the snippet of
    an article matched by a filter alone."""
    wanted = {r[0]: list(r[6] if r[6] is not None else text_facts.get(r[0], []))[:CLAUSES_LOOKED_AT] for r in rows}
    ids = [fid for fids in wanted.values() for fid in fids]
    if not ids:
        return {}
    clause = {fid: orjson.loads(record).get("clause") for fid, record in conn.execute(
        "SELECT id, record::text FROM facts WHERE id = ANY(%s)", (ids,))}
    return {aid: [clause.get(fid) or "" for fid in fids] for aid, fids in wanted.items()}


def _resolve_facts(conn: Any, results: list[SearchHit]) -> None:
    ids = [fid for hit in results for fid in hit["fact_ids"]]
    if not ids:
        return
    records = {fid: orjson.loads(rec) for fid, rec in conn.execute(
        "SELECT id, record::text FROM facts WHERE id = ANY(%s)", (ids,))}
    for hit in results:
        hit["facts"] = [records[fid] for fid in hit["fact_ids"] if fid in records]
