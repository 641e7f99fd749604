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
from collections.abc import Iterable, Iterator
from typing import Any

from store.db.source_keys import find_source, header_key, unique_id
from store.pg.rows import (
    ARTICLE_COLUMNS,
    FACT_COLUMNS,
    article_row,
    fact_rows,
    json_text,
)
from store.pg.schema import CHANNEL, WRITE_LOCK
from store.records import Article, Fact, SourceHeader, SourceWrite

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
    """One write transaction (the caller holds it open and the lock).
    Sources are found and keyed by store.db.source_keys, the TinyDB
    store's rules, so both backends give the same sources and article ids."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.changed = False

    def _stored(self, file: str, key: str | None) -> dict[str, str] | None:
        """The stored source the input is (its key, else a name-keyed
        source of the same name), as {key, file, sha256}."""
        rows = self.conn.execute("SELECT key, file, sha256 FROM sources WHERE key = %s OR (key = file AND file = %s)",
                                 (key or file, file))
        return find_source(({"key": k, "file": f, "sha256": h} for k, f, h in rows), file, key)

    def stored_sha256(self, file: str, key: str | None = None) -> str | None:
        stored = self._stored(file, key)
        return stored["sha256"] if stored else None

    def put_source(self, source: SourceHeader, articles: Iterable[tuple[Article, list[Fact]]]) -> SourceWrite:
        """Add or replace the articles of one source file; an article whose
        id another source holds (a same-named file's) gets an id of its own."""
        from store.pg.vocab import add_words

        conn = self.conn
        key = header_key(source)
        stored = self._stored(source.file, source.key)
        old_ids: set[str] = set()
        if stored is not None:
            old_ids = {r[0] for r in conn.execute("SELECT id FROM articles WHERE source_key = %s", (stored["key"],))}
            conn.execute("SET CONSTRAINTS ALL DEFERRED")
            conn.execute("DELETE FROM sources WHERE key = %s", (stored["key"],))  # cascades to articles, facts
        new_ids: set[str] = set()
        n_articles = n_facts = 0
        strong: list[str] = []
        weak: list[str] = []
        for batch in _batches(articles):
            batch = self._unique(batch, key, new_ids)
            copy_batch(conn, source.file, key, batch, n_articles)
            n_articles += len(batch)
            for article, facts in batch:
                n_facts += len(facts)
                vocab_texts(article, facts, strong, weak)
        record = {"file": source.file, "key": key, "sha256": source.sha256, "furniture": source.furniture,
                  "publication": source.publication, "date": source.date, "articles": n_articles,
                  "ingested": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
        conn.execute("INSERT INTO sources (key, file, sha256, record) VALUES (%s, %s, %s, %s)",
                     (key, source.file, source.sha256, json_text(record)))
        add_words(conn, strong, weak)
        bump_generation(conn)
        self.changed = True
        return SourceWrite(n_articles, n_facts, len(old_ids - new_ids))

    def _unique(self, batch: list[tuple[Article, list[Fact]]], key: str,
                seen: set[str]) -> list[tuple[Article, list[Fact]]]:
        """The batch with ids other sources hold replaced (source_keys.unique_id)
        and ids this source already stored left out (its first record stays)."""
        ids = [article["id"] for article, _ in batch]
        taken = {r[0] for r in self.conn.execute("SELECT id FROM articles WHERE id = ANY(%s)", (ids,))} - seen
        out = []
        for article, facts in batch:
            if article["id"] in taken:
                article, facts = unique_id(article, facts, key)
            if article["id"] in seen:
                continue
            seen.add(article["id"])
            out.append((article, facts))
        return out


def _batches(articles: Iterable[tuple[Article, list[Fact]]]) -> Iterator[list[tuple[Article, list[Fact]]]]:
    batch: list[tuple[Article, list[Fact]]] = []
    for item in articles:
        batch.append(item)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


BATCH = 500   # articles per COPY round


def copy_batch(conn: Any, file: str, key: str, batch: list[tuple[Article, list[Fact]]], first: int) -> None:
    if not batch:
        return
    with conn.cursor() as cur:
        with cur.copy(f"COPY articles ({', '.join(ARTICLE_COLUMNS)}) FROM STDIN") as copy:
            for k, (article, facts) in enumerate(batch):
                copy.write_row(article_row(article, facts, file, key, first + k))
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
