"""Verifying a PostgreSQL store: the facts against their articles and the
derived search columns against the normaliser (``fix`` recomputes those)."""

from __future__ import annotations

from typing import Any

from store.pg.rows import grams
from store.search.normalize import normalize

_FACT_COUNTS = """
SELECT a.id, a.n_facts, count(f.id) FROM articles a LEFT JOIN facts f ON f.article_id = a.id
GROUP BY a.id, a.n_facts HAVING a.n_facts <> count(f.id) ORDER BY a.id
"""
_FACT_OFFSETS = """
SELECT f.id FROM facts f JOIN articles a ON a.id = f.article_id
WHERE substr(CASE WHEN f.record->>'where' = 'title' THEN a.title ELSE a.record->>'body' END,
             (f.record->>'start')::int + 1, (f.record->>'end')::int - (f.record->>'start')::int)
      IS DISTINCT FROM f.record->>'surface'
ORDER BY f.id
"""
_EMPTY_SOURCES = "SELECT file FROM sources s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.source_file = s.file)"


def check_store(store: Any, fix: bool) -> list[str]:
    """The problems found (and, with ``fix``, the search columns rebuilt)."""
    conn = store._conn
    problems = [f"article {aid}: catalog says {n} facts, the facts table has {m}"
                for aid, n, m in conn.execute(_FACT_COUNTS)]
    problems += [f"fact {fid}: offsets do not match its text" for (fid,) in conn.execute(_FACT_OFFSETS)]
    problems += [f"source {file} has no articles" for (file,) in conn.execute(_EMPTY_SOURCES)]
    stale = _stale_search_columns(conn)
    problems += [f"article {aid}: search columns are stale" for aid in stale]
    if fix and stale:
        from store.pg.writer import bump_generation

        with store.writing() as tx:
            _rebuild_search_columns(tx.conn, stale)
            bump_generation(tx.conn)
            tx.changed = True
    return problems


def _stale_search_columns(conn: Any) -> list[str]:
    stale = []
    with conn.cursor() as cur:
        for aid, title, body, norm_title, norm_body, stored in cur.stream(
                "SELECT id, title, record->>'body', norm_title, norm_body, grams FROM articles ORDER BY id"):
            nt, nb = normalize(title), normalize(body or "")
            if nt != norm_title or nb != norm_body or stored != grams(nt, nb):
                stale.append(aid)
    return stale


def _rebuild_search_columns(conn: Any, ids: list[str]) -> None:
    rows = conn.execute("SELECT id, title, record->>'body' FROM articles WHERE id = ANY(%s)", (ids,)).fetchall()
    with conn.cursor() as cur:
        cur.executemany(
            "UPDATE articles SET norm_title = %s, norm_body = %s, grams = %s WHERE id = %s",
            [(nt, nb, grams(nt, nb), aid) for aid, nt, nb in
             ((aid, normalize(title), normalize(body or "")) for aid, title, body in rows)])
