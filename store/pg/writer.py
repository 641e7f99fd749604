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
from typing import TYPE_CHECKING, Any

from store.db.source_keys import find_source, header_key, unique_id
from store.ingest.content_key import content_key
from store.pg.rows import (
    ARTICLE_COLUMNS,
    FACT_COLUMNS,
    article_row,
    fact_rows,
    json_text,
)
from store.pg.connect import ServerError, connect
from store.pg.schema import CHANNEL, WRITE_LOCK
from store.records import Article, Fact, SourceHeader, SourceWrite

if TYPE_CHECKING:
    from store.db.shared_sources import RefEdit

LOCK_TIMEOUT_S = 300


def begin_write(conn: Any) -> int:
    """Take the write lock inside the current transaction; the
    transaction's id, by which ``commit_outcome`` asks the server whether
    it committed when the reply to COMMIT never came."""
    conn.execute(f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT_S}s'")
    conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
    return int(conn.execute("SELECT txid_current()").fetchone()[0])


class CommitUnknown(ServerError):
    """The connection was lost during COMMIT and the server could not be
    asked whether the transaction committed: the write may be saved.  An
    ingest says so ("perhaps saved"), never "not saved"."""

    unknown_outcome = True


def commit_outcome(url: str, xid: int, wait_s: float = 5.0) -> str | None:
    """'committed', 'aborted' or None (unknown: the server cannot be reached
    or is still finishing it) for transaction ``xid``, on a new connection."""
    deadline = time.monotonic() + wait_s
    while True:
        try:
            conn = connect(url)
        except ServerError:
            return None
        try:
            with conn:
                status = conn.execute("SELECT txid_status(%s)", (xid,)).fetchone()[0]
        except Exception:  # noqa: BLE001 - any failure here leaves the outcome unknown, and is said so
            return None
        if status in ("committed", "aborted"):
            return str(status)
        if time.monotonic() > deadline:  # 'in progress' (the old backend still ending it), or NULL
            return None
        time.sleep(0.1)


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
        self.committed = False   # set when the commit is known to have happened (the ingest's report)

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
        """Add or replace the articles of one source file.  An article whose
        content another source stores gains this file as a source (see
        store.pg.shared); one whose id another source holds (a same-named
        file's) gets an id of its own."""
        from store.pg.shared import edit_refs, remove_source
        from store.pg.vocab import add_words

        conn = self.conn
        key = header_key(source)
        stored = self._stored(source.file, source.key)
        old_ids = remove_source(conn, stored) if stored is not None else set()
        seen: set[str] = set()   # ids and content keys of this source's articles
        merges: dict[str, list[RefEdit]] = {}
        n_articles = n_facts = 0
        strong: list[str] = []
        weak: list[str] = []
        repeated: list[int] = []   # the records left out as repeats, by their order (from 0)
        handed = 0
        for batch in _batches(articles):
            kept = self._sorted_out(batch, source, key, seen, merges, (handed, repeated))
            handed += len(batch)
            copy_batch(conn, source.file, key, kept, n_articles)
            n_articles += len(kept)
            for article, facts, _ in kept:
                n_facts += len(facts)
                vocab_texts(article, facts, strong, weak)
        edit_refs(conn, merges)
        with conn.cursor() as cur:
            cur.executemany("INSERT INTO article_also (article_id, source_key) VALUES (%s, %s)",
                            [(aid, key) for aid in merges])
        record = {"file": source.file, "key": key, "sha256": source.sha256, "furniture": source.furniture,
                  "publication": source.publication, "date": source.date, "articles": n_articles + len(merges),
                  "ingested": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
        conn.execute("INSERT INTO sources (key, file, sha256, record) VALUES (%s, %s, %s, %s)",
                     (key, source.file, source.sha256, json_text(record)))
        add_words(conn, strong, weak)
        bump_generation(conn)
        self.changed = True
        return SourceWrite(n_articles, n_facts, len(old_ids - seen), len(merges), tuple(repeated))

    def _sorted_out(self, batch: list[tuple[Article, list[Fact]]], source: SourceHeader, key: str,
                    seen: set[str], merges: dict[str, list[RefEdit]],
                    repeats: tuple[int, list[int]]) -> list[tuple[Article, list[Fact], str]]:
        """The batch's new articles with their content keys, as the TinyDB
        transaction decides: content this source already has is left out;
        content another source stores is a merge (this file added to that
        article's sources); an id another source holds is replaced
        (source_keys.unique_id); an id this source already has is left out.
        ``repeats``: the batch's first article's order in the source, and
        the list that hears of the repeats left out, by their order."""
        from store.pg.shared import holders

        keyed = [(article, facts, content_key(article["title"], article["body"])) for article, facts in batch]
        held = holders(self.conn, [ckey for _, _, ckey in keyed], key)
        ids = [article["id"] for article, _, _ in keyed]
        taken = {r[0] for r in self.conn.execute("SELECT id FROM articles WHERE id = ANY(%s)", (ids,))} - seen
        out = []
        first, repeated = repeats
        for at, (article, facts, ckey) in enumerate(keyed, first):
            if ckey in seen:
                repeated.append(at)
                continue
            seen.add(ckey)
            if (holder := held.get(ckey)) is not None:
                ref = article.get("source") or {"file": source.file, "sha256": source.sha256}
                merges.setdefault(holder, []).append(("add", ref))
                continue
            if article["id"] in taken:
                article, facts = unique_id(article, facts, key)
            if article["id"] in seen:
                repeated.append(at)
                continue
            seen.add(article["id"])
            out.append((article, facts, ckey))
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


BATCH = 2_000   # articles per COPY round (each round waits for the server once)


def copy_batch(conn: Any, file: str, key: str, batch: list[tuple[Article, list[Fact], str]], first: int) -> None:
    """COPY a batch's articles and facts.  Rows go out from a background
    thread while the next ones are made, and the facts' rows are made while
    the server still indexes the articles, so the two processes work at once."""
    from psycopg.copy import QueuedLibpqWriter

    if not batch:
        return
    with conn.cursor() as cur:
        with cur.copy(f"COPY articles ({', '.join(ARTICLE_COLUMNS)}) FROM STDIN",
                      writer=QueuedLibpqWriter(cur)) as copy:
            for k, (article, facts, ckey) in enumerate(batch):
                copy.write_row(article_row(article, facts, file, key, first + k, ckey))
            rows = [row for article, facts, _ in batch for row in fact_rows(article, facts)]
        with cur.copy(f"COPY facts ({', '.join(FACT_COLUMNS)}) FROM STDIN", writer=QueuedLibpqWriter(cur)) as copy:
            for row in rows:
                copy.write_row(row)


def vocab_texts(article: Article, facts: list[Fact], strong: list[str], weak: list[str]) -> None:
    """The texts the pinyin vocabulary is counted from, as the TinyDB
    index gathers them: titles, headings and subjects; each body's lead."""
    from store.search.pinyin import LEAD_CHARS

    strong.append(article.get("title") or "")
    strong.extend(s["heading"] for s in article.get("sections") or [] if s.get("heading"))
    strong.extend(f["subject"] for f in facts if f.get("subject"))
    weak.append((article.get("body") or "").lstrip().split("\n", 1)[0][:LEAD_CHARS])
