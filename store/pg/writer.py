"""Writing to the PostgreSQL store: one source file per transaction.

A write holds an advisory lock for its transaction, so writers take turns
(two concurrent ingests both land, one after the other) while readers, on
MVCC snapshots, are never blocked.  The commit is the one point where a change
becomes visible: a killed writer's transaction is rolled back by the server,
leaving the old state.  Each commit bumps the store's generation and notifies
the change channel, which open apps listen on.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Any

from store.pg.rows import (
    ARTICLE_COLUMNS,
    FACT_COLUMNS,
    article_row,
    fact_rows,
    json_text,
)
from store.pg.schema import CHANNEL, WRITE_LOCK
from store.records import Article, Fact

LOCK_TIMEOUT_S = 300


def begin_write(conn: Any) -> None:
    """Take the write lock inside the current transaction."""
    conn.execute(f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT_S}s'")
    conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))


def bump_generation(conn: Any) -> int:
    """Mark the transaction as a change: a new generation, announced to
    listeners when (and only if) it commits."""
    row = conn.execute("UPDATE factdesk_state SET generation = generation + 1 RETURNING generation").fetchone()
    conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, str(row[0])))
    return int(row[0])


class PgWriter:
    """One write transaction (the caller holds it open and the lock)."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.changed = False

    def stored_sha256(self, file: str, key: str | None = None) -> str | None:
        row = self.conn.execute("SELECT sha256 FROM sources WHERE file = %s", (file,)).fetchone()
        return row[0] if row else None

    def put_source(self, source: Any, articles: Iterable[tuple[Article, list[Fact]]]) -> Any:
        """Add or replace the articles of one source file; returns a
        SourceWrite (added, facts, removed)."""
        from store.db.transaction import SourceWrite
        from store.pg.vocab import add_words

        conn = self.conn
        old_ids = {r[0] for r in conn.execute("SELECT id FROM articles WHERE source_file = %s", (source.file,))}
        conn.execute("SET CONSTRAINTS ALL DEFERRED")
        conn.execute("DELETE FROM sources WHERE file = %s", (source.file,))  # cascades to articles, facts
        new_ids: list[str] = []
        n_facts = 0
        strong: list[str] = []
        weak: list[str] = []
        batch: list[tuple[Article, list[Fact]]] = []
        for article, facts in articles:
            batch.append((article, facts))
            new_ids.append(article["id"])
            n_facts += len(facts)
            vocab_texts(article, facts, strong, weak)
            if len(batch) >= BATCH:
                copy_batch(conn, source.file, batch, len(new_ids) - len(batch))
                batch = []
        copy_batch(conn, source.file, batch, len(new_ids) - len(batch))
        record = {"file": source.file, "sha256": source.sha256, "furniture": source.furniture,
                  "publication": source.publication, "date": source.date, "articles": len(new_ids),
                  "ingested": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
        conn.execute("INSERT INTO sources (file, sha256, record) VALUES (%s, %s, %s)",
                     (source.file, source.sha256, json_text(record)))
        add_words(conn, strong, weak)
        bump_generation(conn)
        self.changed = True
        return SourceWrite(len(new_ids), n_facts, len(old_ids - set(new_ids)))


BATCH = 500   # articles per COPY round


def copy_batch(conn: Any, file: str, batch: list[tuple[Article, list[Fact]]], first: int) -> None:
    if not batch:
        return
    with conn.cursor() as cur:
        with cur.copy(f"COPY articles ({', '.join(ARTICLE_COLUMNS)}) FROM STDIN") as copy:
            for k, (article, facts) in enumerate(batch):
                copy.write_row(article_row(article, facts, file, first + k))
        with cur.copy(f"COPY facts ({', '.join(FACT_COLUMNS)}) FROM STDIN") as copy:
            for article, facts in batch:
                for row in fact_rows(article, facts):
                    copy.write_row(row)


def vocab_texts(article: Article, facts: list[Fact], strong: list[str], weak: list[str]) -> None:
    """The texts the pinyin vocabulary is counted from, as the TinyDB
    index gathers them: titles, headings and subjects; each body's lead."""
    from store.search.pinyin import LEAD_CHARS

    strong.append(article.get("title") or "")
    strong.extend(s["heading"] for s in article.get("sections") or [] if s.get("heading"))
    strong.extend(f["subject"] for f in facts if f.get("subject"))
    weak.append((article.get("body") or "").lstrip().split("\n", 1)[0][:LEAD_CHARS])
