"""Keeping a store's series table in step with the store.

On disk (the TinyDB store) the table lives in ``<store>.d/series`` and
carries the token of the committed state it was built from: a commit
updates it when it was current, and otherwise it is built again when next
read.  Without a folder (the test fake) it is built in memory
for each committed state the reader sees.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from store.errors import StoreError, disk_full, free_space
from store.records import Article, Fact
from store.series.table import Doc, SeriesTable

DocsFn = Callable[[Iterable[str] | None], Iterator[Doc]]
"""(article, facts) of these article ids, or of every article for None."""


class SeriesKeeper:
    """Opens, builds and updates one store's series table."""

    def __init__(self, directory: Path | None, token: Callable[[], str], docs: DocsFn) -> None:
        self.directory = directory
        self._token = token
        self._docs = docs
        self._table: SeriesTable | None = None

    @property
    def path(self) -> Path | None:
        return None if self.directory is None else self.directory / "series.sqlite"

    def current(self, seen: Callable[[Article, list[Fact]], object] | None = None) -> SeriesTable:
        """The table of the committed state, built when missing or stale
        (a build hands each (article, facts) it reads to ``seen``)."""
        token = self._token()
        if self._table is not None and self._table.token == token:
            return self._table
        self._close()
        path = self.path
        if path is not None:
            table = SeriesTable.open(path)
            if table is not None and table.token == token:
                self._table = table
                return table
            if table is not None:
                table.close()
        self._table = self._build(token, seen)
        return self._table

    def _build(self, token: str, seen: Callable[[Article, list[Fact]], object] | None = None) -> SeriesTable:
        path = self.path
        docs = self._docs(None)
        try:
            if path is not None:
                path.parent.mkdir(parents=True, exist_ok=True)
                _sweep(path)
            return SeriesTable.build(path, docs if seen is None else _shown(docs, seen), token)
        except (OSError, sqlite3.Error) as err:
            if path is not None:  # a build that failed leaves nothing taking space
                for temp in path.parent.glob(f"{path.name}.{os.getpid()}.tmp*"):
                    temp.unlink(missing_ok=True)
            if (full := disk_full(err)) and path is not None:
                raise StoreError(f"{_store_of(path)}: {full} ({free_space(path.parent)}): the series table "
                                 f"could not be built; the articles are unaffected; free some space "
                                 f"and run the command again") from None
            raise StoreError(f"{path}: cannot build the series table ({err}); the articles are unaffected") from None

    def committed(self, old_token: str | None, added: set[str], removed: set[str], everything: bool) -> None:
        """Bring an on-disk table from ``old_token`` to the new state; a
        table that was not current stays stale, unless the commit added
        every article there is (a first ingest builds it)."""
        path = self.path
        if path is None:
            return
        self._close()
        table = SeriesTable.open(path)
        current = table is not None and old_token is not None and table.token == old_token
        if table is not None:
            table.close()
        try:
            if current:
                writer = SeriesTable(sqlite3.connect(str(path)))
                try:
                    writer.update(self._docs(added), sorted(removed - added), self._token())
                finally:
                    writer.close()
            elif everything:
                self._build(self._token()).close()
        except sqlite3.Error:
            path.unlink(missing_ok=True)  # built again when next read

    def _close(self) -> None:
        if self._table is not None:
            self._table.close()
            self._table = None


def _store_of(table: Path) -> Path:
    """The store file whose side folder (``<store>.d/series/…``) holds ``table``."""
    side = table.parent.parent
    return side.with_name(side.name[:-2]) if side.name.endswith(".d") else side


def _shown(docs: Iterator[Doc], seen: Callable[[Article, list[Fact]], object]) -> Iterator[Doc]:
    for article, facts in docs:
        seen(article, facts)
        yield article, facts


def _sweep(path: Path) -> None:
    """Remove what builds that were killed left behind (``series.sqlite.PID.tmp``
    of a process no longer running); a build running elsewhere keeps its own."""
    for leftover in path.parent.glob(f"{path.name}.*.tmp*"):
        pid = leftover.name[len(path.name) + 1:].split(".", 1)[0]
        if pid.isdigit() and not _running(int(pid)):
            leftover.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # someone else's process: it exists
        return True
    return True
