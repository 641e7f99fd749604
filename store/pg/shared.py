"""One article, several files, on PostgreSQL: the rules of the TinyDB store
(store.db.shared_sources), so both give the same articles with the same
sources in any ingest order.

An article is stored once, owned by the file it was first ingested from
(``articles.source_key``); every other file holding the same content
(store.ingest.content_key, ``articles.content_key``) is a row of
``article_also`` and a ref in the article record's ``sources``.  Removing
or changing a file drops it from its articles' sources; an article it owned
that other files also hold moves, id, facts and record kept, to the end of
the first of those files (by when each was stored: ``sources.seq``, the
TinyDB catalog's order) instead of being removed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import orjson

from store.pg.rows import json_text
from store.records import Article, SourceRef

if TYPE_CHECKING:
    from store.db.shared_sources import RefEdit

_HEIRS = ("SELECT al.article_id, s.key, s.file FROM article_also al JOIN sources s ON s.key = al.source_key "
          "WHERE al.article_id = ANY(%s) ORDER BY s.seq")
_MOVE = ("UPDATE articles SET source_key = %s, source_file = %s, "
         "ord = (SELECT coalesce(max(ord), -1) + 1 FROM articles WHERE source_key = %s) WHERE id = %s")


def with_sources(article: Article) -> Article:
    """A stored record as handed out: one stored before articles listed
    their sources has its one source as the list (as on TinyDB)."""
    if "sources" not in article and "source" in article:
        article["sources"] = [article["source"]]
    return article


def edit_refs(conn: Any, edits: dict[str, list[RefEdit]]) -> None:
    """Add files to (or drop them from) articles' sources, in order."""
    from store.db.shared_sources import with_ref_edits

    if not edits:
        return
    rows = conn.execute("SELECT id, record::text FROM articles WHERE id = ANY(%s)", (list(edits),)).fetchall()
    updates = [(json_text(with_ref_edits(with_sources(orjson.loads(record)), edits[aid])), aid)
               for aid, record in rows]
    with conn.cursor() as cur:
        cur.executemany("UPDATE articles SET record = %s WHERE id = %s", updates)


def remove_source(conn: Any, stored: dict[str, str]) -> set[str]:
    """Take a stored source out: its refs dropped, the articles it owned
    that others hold moved to the first of them, the rest deleted (with
    their facts); returns the ids deleted."""
    key = stored["key"]
    ref: SourceRef = {"file": stored["file"], "sha256": stored["sha256"]}
    edits: dict[str, list[RefEdit]] = {}
    for (aid,) in conn.execute("SELECT article_id FROM article_also WHERE source_key = %s", (key,)):
        edits.setdefault(aid, []).append(("drop", ref))
    conn.execute("DELETE FROM article_also WHERE source_key = %s", (key,))
    owned = [r[0] for r in conn.execute("SELECT id FROM articles WHERE source_key = %s ORDER BY ord", (key,))]
    heirs: dict[str, tuple[str, str]] = {}
    for aid, heir_key, heir_file in conn.execute(_HEIRS, (owned,)):
        heirs.setdefault(aid, (heir_key, heir_file))
    removed: set[str] = set()
    for aid in owned:
        heir = heirs.get(aid)
        if heir is None:
            removed.add(aid)
            continue
        conn.execute(_MOVE, (heir[0], heir[1], heir[0], aid))
        conn.execute("DELETE FROM article_also WHERE article_id = %s AND source_key = %s", (aid, heir[0]))
        edits.setdefault(aid, []).append(("drop", ref))
    edit_refs(conn, edits)
    conn.execute("SET CONSTRAINTS ALL DEFERRED")
    conn.execute("DELETE FROM sources WHERE key = %s", (key,))  # cascades to its remaining articles, facts
    return removed


def holders(conn: Any, content_keys: list[str], key: str) -> dict[str, str]:
    """Content key → id of the article another source stores with it."""
    rows = conn.execute("SELECT content_key, id FROM articles WHERE content_key = ANY(%s) AND source_key <> %s",
                        (content_keys, key))
    return dict(rows.fetchall())


def fill_content_keys(conn: Any) -> None:
    """Every stored article's content key (the schema 4 migration), in the
    caller's transaction."""
    from store.ingest.content_key import content_key

    with conn.cursor(name="content_key_fill") as read:
        read.execute("SELECT id, title, record::text FROM articles")
        while rows := read.fetchmany(2000):  # an UPDATE between fetches: one connection, one thing at a time
            keys = [(content_key(title, orjson.loads(record)["body"]), aid) for aid, title, record in rows]
            with conn.cursor() as cur:
                cur.executemany("UPDATE articles SET content_key = %s WHERE id = %s", keys)
