"""Reading a store for a copy, on either backend: which files hold which
articles, in the order the files were stored, and the articles with their
facts, many at a time.

A file store keeps an article and its facts in a compressed shard with
1/256 of the archive, so reading articles one by one decompresses a whole
shard each time; here a long run of ids is read shard by shard, each shard
once per run.  A PostgreSQL store is read a few thousand ids per query.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import orjson

from store.db.source_keys import key_of
from store.records import Article, Fact, SourceRecord

FILE_STORE_RUN = 20_000   # ids read shard by shard at once (bounds the articles held in memory)
SERVER_RUN = 2_000        # ids per query

ArticleWithFacts = tuple[Article, list[Fact]]


@dataclass
class SourcePlan:
    """One stored file: its record, the articles it owns (in its order) and
    the articles another file owns that it holds too."""

    record: SourceRecord
    owned: list[str]
    also: list[str]

    @property
    def key(self) -> str:
        return key_of(self.record)


def is_file_store(store: Any) -> bool:
    return hasattr(store, "committed_data")


def source_plans(store: Any) -> list[SourcePlan]:
    """Every source of the store, in the order the files were stored (an
    article's owner before the other files that hold it, as its
    ``sources`` list has them)."""
    return _file_plans(store) if is_file_store(store) else store.copy_plans()


def _file_plans(store: Any) -> list[SourcePlan]:
    data = store.committed_data()
    records = {key_of(record): record for record in data["sources"].values()}
    plans = []
    for _, doc in sorted(data["catalog"].items(), key=lambda item: int(item[0])):  # document ids: storage order
        record = records.pop(key_of(doc), None)
        if record is not None:  # none: articles whose source record is missing (`check` says so)
            plans.append(SourcePlan(record, list(doc["ids"]), list(doc.get("also", ()))))
    plans.extend(SourcePlan(record, [], []) for record in records.values())
    return plans


def articles_with_facts(store: Any, ids: list[str]) -> Iterator[tuple[str, ArticleWithFacts | None]]:
    """(id, (article, facts)) for each of ``ids`` in their order; None for
    an id the store no longer has (a damaged shard)."""
    run = FILE_STORE_RUN if is_file_store(store) else SERVER_RUN
    read = _file_articles(store) if is_file_store(store) else store.articles_with_facts
    for start in range(0, len(ids), run):
        part = ids[start:start + run]
        found = read(part)
        for aid in part:
            yield aid, found.get(aid)


def _file_articles(store: Any) -> Any:
    def read(ids: list[str]) -> dict[str, ArticleWithFacts]:
        # the file store's pass over many articles, shard by shard
        return {article["id"]: (article, facts) for article, facts in store._series_docs(ids)}

    return read


def pg_plans(conn: Any) -> list[SourcePlan]:
    """The plans of a PostgreSQL store (``sources.seq`` is the order the
    files were stored in), read in the caller's snapshot."""
    owned: dict[str, list[str]] = {}
    for key, aid in conn.execute("SELECT source_key, id FROM articles ORDER BY source_key, ord"):
        owned.setdefault(key, []).append(aid)
    also: dict[str, list[str]] = {}
    for key, aid in conn.execute("SELECT source_key, article_id FROM article_also ORDER BY source_key, article_id"):
        also.setdefault(key, []).append(aid)
    return [SourcePlan(orjson.loads(record), owned.get(key, []), also.get(key, []))
            for key, record in conn.execute("SELECT key, record::text FROM sources ORDER BY seq")]


PG_ARTICLES_SQL = ("SELECT a.id, a.record::text, coalesce((SELECT json_agg(f.record ORDER BY f.ord)::text "
                   "FROM facts f WHERE f.article_id = a.id), '[]') FROM articles a WHERE a.id = ANY(%s)")
