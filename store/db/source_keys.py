"""Which stored source an input file is.

A source is known by its key: the file's full path (SourceHeader.key), or
its name for the shipped pages and stdin, and for every source a store of
schema 2 or older kept (those were known by name alone).  A file whose key
is not stored yet replaces such a name-keyed source of the same name once,
so re-ingesting an archive into an upgraded store replaces its articles
instead of doubling them; from then on it is known by its path.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from store.records import Article, Fact, SourceHeader

Keyed = TypeVar("Keyed", bound=Mapping[str, Any])


def key_of(record: Mapping[str, Any]) -> str:
    """The key of a stored source record or catalog document."""
    return record.get("key") or record["file"]


def header_key(header: SourceHeader) -> str:
    return header.key or header.file


def find_source(records: Iterable[Keyed], file: str, key: str | None) -> Keyed | None:
    """The stored record of the source (by key; else a name-keyed one of the
    same name), or None when it is new."""
    wanted = key or file
    by_name = None
    for record in records:
        stored = key_of(record)
        if stored == wanted:
            return record
        if by_name is None and stored == record["file"] == file:
            by_name = record
    return by_name


def unique_id(article: Article, facts: list[Fact], key: str) -> tuple[Article, list[Fact]]:
    """The article (and its facts) under an id derived from the source's key:
    for an article whose id, made from the file name, position and title, is
    already another source's (same-named files with the same titles)."""
    old = article["id"]
    new = hashlib.sha1(f"{key}\x1f{old}".encode()).hexdigest()[:16]
    article = {**article, "id": new}
    renamed: list[Fact] = []
    for fact in facts:
        fid = str(fact.get("id", ""))
        renamed.append({**fact, "article_id": new, "id": new + fid[len(old):] if fid.startswith(old) else fid})
    return article, renamed
