"""The search-index documents a transaction's extraction workers prepared,
kept until its commit builds the index.

A large first ingest ends with the index built from scratch, in the store's
own document order (shard by shard), which is not the order the articles
come in.  Each article's share of the index is worked out beside its facts
by the extraction workers (store.search.prepared); the writer appends the
packed bytes to one anonymous temporary file as the articles are stored and
keeps only where each ends (8 bytes an article), numbered by the article's
document key, which the transaction hands out in order.  The commit's index
build then reads each prepared document back in its own order instead of
reading the article and its facts back from the shard files and preparing
them itself.  An article without a prepared document (its extraction
failed, it was renamed, it came from an earlier commit) is prepared from its
stored record, as before.
"""

from __future__ import annotations

import os
import tempfile
from array import array
from pathlib import Path
from typing import Any

from store.db.side_build import builds_aside


def prepares_index(target: Any, articles: int) -> bool:
    """Whether adding this many articles to the store ``target`` makes a
    commit that builds the search index from scratch (side_build.builds_aside),
    so that the extraction workers should prepare its documents."""
    from store.db import store as db_store  # its threshold, as its commit reads it

    counts = getattr(target, "counts", None)
    if counts is None:
        return False
    return builds_aside(articles, counts()["articles"] + articles, db_store.SIDE_BUILD_MIN_ARTICLES)


def hand_over(spool: IndexSpool, target: Any, old_token: str | None, added: Any, removed: Any) -> None:
    """Tell the committed store ``target`` what changed, with the spool's
    documents when it holds any; the spool is closed afterwards."""
    try:
        if len(spool):
            target.index_changed(old_token, added, removed, prepared=spool.reader())
        else:
            target.index_changed(old_token, added, removed)
    finally:
        spool.close()


class IndexSpool:
    """Packed prepared documents by document key (store.search.prepared)."""

    def __init__(self, directory: Path) -> None:
        self._directory = directory
        self._file = None
        self._first: int | None = None  # the document key of the first entry
        self._ends = array("q")          # per key from _first: where its bytes end (equal to the previous: none)
        self._size = 0
        self._count = 0

    def add(self, key: int, packed: bytes | None) -> None:
        """The prepared document of the article stored under ``key`` (None:
        it has none).  Keys come in increasing order."""
        if self._first is None:
            if packed is None:
                return
            self._first = key
        gap = key - self._first - len(self._ends)
        if gap < 0:
            raise ValueError("document keys must increase")
        if gap:
            self._ends.extend([self._size] * gap)
        if packed:
            if self._file is None:
                self._directory.mkdir(parents=True, exist_ok=True)
                self._file = tempfile.TemporaryFile(dir=self._directory)  # noqa: SIM115 (closed by close())
            self._file.write(packed)
            self._size += len(packed)
            self._count += 1
        self._ends.append(self._size)

    def __len__(self) -> int:
        """How many documents it holds."""
        return self._count

    def reader(self) -> SpoolReader:
        if self._file is not None:
            self._file.flush()
        return SpoolReader(self._file, self._first, self._ends)

    def close(self) -> None:
        file, self._file = self._file, None
        if file is not None:
            try:
                file.close()  # an unnamed temporary file: closing removes it
            except OSError:  # a full disk failing the last flush: those bytes went with the file anyway
                pass
        self._ends = array("q")
        self._first = None
        self._count = self._size = 0


class SpoolReader:
    """Reads a spool's documents back by key, in any order."""

    def __init__(self, file, first: int | None, ends: array) -> None:
        self._fd = file.fileno() if file is not None else None
        self._first = first if first is not None else 0
        self._ends = ends

    def get(self, key: int) -> bytes | None:
        """The packed document of ``key``, None when the spool has none."""
        i = key - self._first
        if self._fd is None or i < 0 or i >= len(self._ends):
            return None
        start = self._ends[i - 1] if i else 0
        end = self._ends[i]
        if end == start:
            return None
        return os.pread(self._fd, end - start, start)
