"""Verifying a PostgreSQL store: the facts against their articles and the
derived search columns against the normaliser (``fix`` recomputes those).

Records are read as their stored JSON text and parsed here: a figure's
text may hold characters (NUL) that PostgreSQL's JSON-to-text operators
refuse."""

from __future__ import annotations

from typing import Any

import orjson

from store.pg.rows import ARTICLE_COLUMNS, FACT_COLUMNS, grams
from store.records import Article, Fact
from store.search.normalize import normalize
from store.errors import Problem
from store.wording import counted

_ARTICLES = """
SELECT a.id, a.record::text, a.n_facts, a.norm_title, a.norm_body, a.grams,
       (SELECT array_agg(f.record::text ORDER BY f.ord) FROM facts f WHERE f.article_id = a.id)
FROM articles a ORDER BY a.id
"""
_EMPTY_SOURCES = ("SELECT key FROM sources s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.source_key = s.key) "
                  "AND NOT EXISTS (SELECT 1 FROM article_also x WHERE x.source_key = s.key)")


# What the store reads and writes of the schema, each probed on its own:
# a column or view dropped by hand (facts.s_name, and with it the view
# series_facts) left `check` saying "OK" while `series` failed.
_SCHEMA_PROBES = (
    f"SELECT {', '.join(ARTICLE_COLUMNS)}, seq FROM articles",
    f"SELECT {', '.join(FACT_COLUMNS)} FROM facts",
    "SELECT * FROM series_facts",
    "SELECT key, file, sha256, record, seq FROM sources",
    "SELECT article_id, source_key FROM article_also",
    "SELECT word, count, full_pinyin, initials FROM pinyin_vocab",
    "SELECT store_id, generation FROM factdesk_state",
    "SELECT factdesk_count('a', 'a'), factdesk_regexp_count('a', 'a')",
)


def schema_problems(conn: Any) -> list[str]:
    """The parts of the schema that are missing, each one line (none: [])."""
    import psycopg

    found = []
    for probe in _SCHEMA_PROBES:
        try:
            with conn.transaction():   # a savepoint: the snapshot stays usable after a failed probe
                conn.execute(f"{probe} LIMIT 0")
        except (psycopg.errors.UndefinedTable, psycopg.errors.UndefinedColumn,
                psycopg.errors.UndefinedFunction) as err:
            reason = str(err).strip().splitlines()[0]
            found.append(Problem(f"the database's factdesk schema is damaged: {reason}", "other"))
    return found


def check_store(store: Any, fix: bool) -> list[str]:
    """The problems found (and, with ``fix``, the search columns rebuilt)."""
    conn = store._conn
    problems: list[str] = schema_problems(conn)
    if problems:  # (the checks below would stop at the first missing part)
        return problems
    stale: list[str] = []
    with conn.cursor() as cur:
        for aid, record, n_facts, norm_title, norm_body, stored, facts in cur.stream(_ARTICLES):
            article = orjson.loads(record)
            problems += _fact_problems(aid, article, n_facts, [orjson.loads(f) for f in facts or ()])
            nt, nb = normalize(article["title"]), normalize(article["body"])
            if nt != norm_title or nb != norm_body or stored != grams(nt, nb):
                stale.append(aid)
    problems += [Problem(f"source {file} has no articles", "source") for (file,) in conn.execute(_EMPTY_SOURCES)]
    problems += [Problem(f"article {aid}: search columns are stale", "index", fixable=True) for aid in stale]
    if fix and stale:
        from store.pg.writer import bump_generation

        with store.writing() as tx:
            _rebuild_search_columns(tx.conn, stale)
            bump_generation(tx.conn)
            tx.changed = True
    return problems


def _fact_problems(aid: str, article: Article, n_facts: int, facts: list[Fact]) -> list[str]:
    problems = []
    if len(facts) != n_facts:
        problems.append(Problem(f"article {aid}: catalog says {counted(n_facts, 'fact')}, the facts table has "
                                f"{len(facts)}", "article"))
    for fact in facts:
        text = article["title"] if fact.get("where") == "title" else article["body"]
        if text[fact["start"]:fact["end"]] != fact["surface"]:
            problems.append(Problem(f"fact {fact.get('id')}: offsets do not match its text", "fact"))
    return problems


def _rebuild_search_columns(conn: Any, ids: list[str]) -> None:
    rows = conn.execute("SELECT id, record::text FROM articles WHERE id = ANY(%s)", (ids,)).fetchall()
    updates = []
    for aid, record in rows:
        article = orjson.loads(record)
        nt, nb = normalize(article["title"]), normalize(article["body"])
        updates.append((nt, nb, grams(nt, nb), aid))
    with conn.cursor() as cur:
        cur.executemany("UPDATE articles SET norm_title = %s, norm_body = %s, grams = %s WHERE id = %s", updates)
