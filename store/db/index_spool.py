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
from typing import Any, NamedTuple

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


def hand_over(spool: IndexSpool, target: Any, old_token: str | None, added: Any, removed: Any,
              series: SeriesSpool | None = None) -> None:
    """Tell the committed store ``target`` what changed, with the spool's
    documents when it holds any (and the series rows its workers worked
    out); the spools are closed afterwards."""
    try:
        if len(spool) and series is not None and len(series):
            target.index_changed(old_token, added, removed, prepared=spool.reader(), series=series.where())
        elif len(spool):
            target.index_changed(old_token, added, removed, prepared=spool.reader())
        else:
            target.index_changed(old_token, added, removed)
    finally:
        spool.close()
        if series is not None:
            series.close()


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
                self._file = self._open()
            self._file.write(packed)
            self._size += len(packed)
            self._count += 1
        self._ends.append(self._size)

    def _open(self) -> Any:
        self._directory.mkdir(parents=True, exist_ok=True)
        return tempfile.TemporaryFile(dir=self._directory)  # noqa: SIM115 (closed by close())

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
        self._file = file  # held: a file opened for the reader alone is closed with it
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


class SeriesSpool(IndexSpool):
    """The series rows the extraction workers worked out (store.series.prepared),
    by document key, for the series build of the commit, which runs in
    another process (store.db.side_build): kept in a named file of the series
    folder, ``series.sqlite.PID.tmp-rows``, which that process opens (one a
    killed writer leaves is swept as any killed build's temporary file is).
    A file that cannot be written is no error: the build then reads the
    articles' facts from the shard files, as it always could."""

    def __init__(self, directory: Path) -> None:
        super().__init__(directory)
        self._path: Path | None = None
        self._failed = False

    def add(self, key: int, packed: bytes | None) -> None:
        if self._failed:
            return
        try:
            super().add(key, packed)
        except OSError:
            self.close()
            self._failed = True

    def _open(self) -> Any:
        self._directory.mkdir(parents=True, exist_ok=True)
        self._path = self._directory / f"series.sqlite.{os.getpid()}.tmp-rows"
        return open(self._path, "w+b")  # noqa: SIM115 (closed by close())

    def where(self) -> SpooledRows | None:
        """What another process needs to read the rows (None: there are none)."""
        if self._file is None or self._path is None or not self._count:
            return None
        try:
            self._file.flush()
        except OSError:
            return None
        return SpooledRows(str(self._path), self._first if self._first is not None else 0, self._ends.tobytes())

    def close(self) -> None:
        path, self._path = self._path, None
        super().close()
        if path is not None:
            try:
                path.unlink()
            except OSError:
                pass


class SpooledRows(NamedTuple):
    """A series spool as another process opens it: its file, the first
    document key and where each key's bytes end (an array of int64)."""

    path: str
    first: int
    ends: bytes

    def reader(self) -> SpoolReader:
        """A reader of the rows (the file opened now; OSError when it cannot be)."""
        ends = array("q")
        ends.frombytes(self.ends)
        return SpoolReader(open(self.path, "rb"), self.first, ends)  # noqa: SIM115 (held by the reader's process)
