"""Keeping a store's series table in step with the store.

On disk (the TinyDB store) the table lives in ``<store>.d/series`` and
carries the token of the committed state it was built from: a commit
updates it when it was current, and otherwise it is built again when next
read.  A table of another version is built again too, except one that only
orders periods otherwise: that one is brought up to date in place
(SeriesTable.migrate), as a store opened by a newer factdesk keeps its rows.  A table SQLite finds damaged is never built over in silence: it is
kept aside as ``series.sqlite.damaged-STAMP`` (as ``factdesk check --fix``
keeps it), said in one line on stderr and kept for the app to show
(``take_notices``), and built again.  Without a folder (the test fake) it
is built in memory for each committed state the reader sees.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from store.errors import StoreError, disk_full, free_space
from store.records import Article, Fact
from store.series.table import Doc, SeriesTable

DocsFn = Callable[[Iterable[str] | None], Iterator[Doc]]
"""(article, facts) of these article ids, or of every article for None."""
NumbersFn = Callable[[], dict[str, int]]
"""Each article's number (a replaced article gets a new one): with the
store's next number (a MarkFn), what a table stamped with an earlier one lacks."""
MarkFn = Callable[[], int]
EveryFn = Callable[[], Iterator[Doc]]
"""(article, facts) of every article, the article holding only what the
table reads of it (id, title, date, publication): a build from scratch
without a ``seen`` needs no more, and the store can give that without
decoding the articles' bodies."""


class SeriesUnbuildable(StoreError):
    """The series table cannot be written where it lives (its path a
    folder, its folder refused, a full disk): ``path``, ``why`` and ``fix``
    for a caller that says what was saved before it (an ingest)."""

    def __init__(self, message: str, path: Path | None, why: str,
                 fix: str = "'factdesk check --fix' moves it aside and builds it") -> None:
        super().__init__(message)
        self.path = path
        self.why = why
        self.fix = fix


class SeriesKeeper:
    """Opens, builds and updates one store's series table."""

    def __init__(self, directory: Path | None, token: Callable[[], str], docs: DocsFn,
                 every: EveryFn | None = None, numbers: NumbersFn | None = None,
                 mark: MarkFn | None = None) -> None:
        self.directory = directory
        self._numbers = numbers
        self._next_mark = mark
        self._token = token
        self._docs = docs
        self._every = every
        self._table: SeriesTable | None = None
        self._notices: list[str] = []
        self._said_read_only = False
        # One build at a time in a process: the app's first-launch warm-up
        # (prepare_series) and the series view (t) both found a stale table
        # and built it into the same temporary file, each deleting the
        # other's ("disk I/O error", "attempt to write a readonly database"):
        # the view then said the table could not be built.  The second
        # caller now waits and reads the table the first built.
        self._lock = threading.RLock()
        self._said: set[str] = set()
        self._private = False  # the table held is a reader's own, in memory (not the one on disk)

    def take_notices(self) -> list[str]:
        """What was found and done since last asked (a damaged table kept aside), once each."""
        notices, self._notices = self._notices, []
        return notices

    @property
    def path(self) -> Path | None:
        return None if self.directory is None else self.directory / "series.sqlite"

    def current(self, seen: Callable[[Article, list[Fact]], object] | None = None,
                every: EveryFn | None = None, *, write: bool = True) -> SeriesTable:
        """The table of the committed state, built when missing or stale
        (a build hands each (article, facts) it reads to ``seen``; a build
        without one reads ``every``'s articles when given).  ``write``
        False (a reader: series, conflicts, totals, the app): nothing is
        written and no lock taken — a table missing, stale, of another
        version or damaged is left as it is, said in one line, and this
        process reads the facts into a table of its own, in memory; the
        writers (an ingest, check --fix) build the one on disk."""
        with self._lock:
            return self._current(seen, every, write)

    def _current(self, seen: Callable[[Article, list[Fact]], object] | None,
                 every: EveryFn | None, write: bool) -> SeriesTable:
        token = self._token()
        if self._table is not None and self._table.token == token and not (write and self._private):
            return self._table  # (a writer never takes a reader's private table for the one on disk)
        self._close()
        path = self.path
        why = "missing"
        if path is not None:
            if write:
                SeriesTable.migrate(path)
            table = SeriesTable.open(path)
            if table is not None and table.token == token:
                self._table, self._private = table, False
                return table
            if table is not None:
                table.close()
                why = "out of date (the last writer did not bring it up to date)"
                if write and seen is None and every is None and self._caught_up_on_disk(path, token):
                    table = SeriesTable.open(path)
                    if table is not None and table.token == token:
                        self._table, self._private = table, False
                        return table
            elif not write:
                why = _why_unopened(path)
            else:
                self._keep_if_damaged(path)
            if not write and (table := self._caught_up_privately(path, token)) is not None:
                self._table, self._private = table, True
                return table
        self._private = not write and path is not None
        if write or path is None:
            self._table = self._build(token, seen, every)
        else:
            self._say_private(path, why)
            docs = self._every_doc(seen, every)
            self._table = SeriesTable.build(None, docs if seen is None else _shown(docs, seen), token)
        return self._table

    def _behind(self, table: SeriesTable, token: str) -> tuple[list[str], list[str], int] | None:
        """What ``table`` lacks of the store's state ``token``: (ids of the
        articles committed since it was stamped, ids it holds of articles
        removed or replaced since, the store's next article number); None
        when that cannot be told (no watermark, another store's table, a
        table ahead of this process's view of the store)."""
        if self._numbers is None or self._next_mark is None:
            return None
        mark, held = table.watermark, table.token
        if mark is None or held is None:
            return None
        held_id, _, held_gen = held.rpartition(":")
        store_id, _, store_gen = token.rpartition(":")
        if held_id != store_id or not (held_gen.isdigit() and store_gen.isdigit()) or int(held_gen) > int(store_gen):
            return None
        numbers, next_mark = self._numbers(), self._next_mark()
        if next_mark < mark:
            return None
        new = [aid for aid, number in numbers.items() if number >= mark]
        if _builds_instead(len(new), len(numbers)):
            return None
        gone = [aid for aid in table.article_ids() if numbers.get(aid, mark) >= mark]
        return new, gone, next_mark

    def _catch_up(self, table: SeriesTable, token: str) -> int | None:
        """Bring ``table`` to ``token`` by the articles committed since its
        watermark (one transaction); how many articles were read, or None
        when it cannot be told what it lacks."""
        behind = self._behind(table, token)
        if behind is None:
            return None
        new, gone, mark = behind
        table.update(self._docs(new), sorted(set(gone) - set(new)), token, mark=mark)
        return len(new)

    def _caught_up_on_disk(self, path: Path, token: str) -> bool:
        """A writer's stale table brought up to date in place by what it
        lacks (instead of built again from every article's facts)."""
        try:
            writer = SeriesTable(sqlite3.connect(str(path), timeout=30))
        except sqlite3.Error:
            return False
        try:
            return self._catch_up(writer, token) is not None
        except sqlite3.Error as err:
            if not self._keep_if_damaged(path, err):
                path.unlink(missing_ok=True)  # built from the facts just below
            return False
        finally:
            writer.close()

    def _caught_up_privately(self, path: Path, token: str) -> SeriesTable | None:
        """A reader's answer to a stale table (a writer killed between its
        commit and the table's update, or in the middle of that update):
        a private copy of the last table a writer completed, brought up to
        date in memory by the facts of the articles committed since —
        nothing written in the store, said in one line.  None when there
        is no such table (missing, damaged, of another version, another
        store's) or it cannot tell what it lacks."""
        table = SeriesTable.private_copy(path)
        if table is None:
            return None
        try:
            behind = self._behind(table, token)
            if behind is None:
                table.close()
                return None
            new, gone, mark = behind
            changed = len(set(new) | set(gone))
            if changed:
                self._say_caught_up(path, changed)
            table.update(self._docs(new), sorted(set(gone) - set(new)), token, mark=mark)
        except sqlite3.Error:
            table.close()
            return None
        return table

    def _say_caught_up(self, path: Path, changed: int) -> None:
        """The one line of a reader that brought a stale table up to date in memory."""
        store = _store_of(path)
        articles = f"{changed:,} article" + ("" if changed == 1 else "s")
        them = "that article's facts" if changed == 1 else "those articles' facts"
        fix = _fix(path, "brings it up to date")
        self._say_once(f"{store}: the series table is {articles} behind the store (its last writer did not finish "
                       f"updating it): reading {them} on top of it (nothing is written); {fix}")

    def read_around(self, why: str) -> SeriesTable:
        """A private table of the facts in place of the one on disk, which
        a query found ``why`` (damaged as it was read): said, nothing written."""
        self._close()
        token = self._token()
        if self.path is not None:
            self._say_private(self.path, why)
        self._table = SeriesTable.build(None, self._every_doc(None), token)
        self._private = True
        return self._table

    def _say_private(self, path: Path, why: str) -> None:
        """The one line of a reader that reads the facts instead of the table."""
        store = _store_of(path)
        fix = _fix(path, "builds it")
        self._say_once(f"{store}: the series table is {why}: reading every article's facts for it instead (nothing is "
                       f"written); {fix}")

    def _say_once(self, notice: str) -> None:
        """A reader's one line on stderr (and for the app's notices), once per store and cause."""
        if notice in self._said:
            return
        self._said.add(notice)
        self._notices.append(notice)
        sys.stderr.write(f"factdesk: {notice}\n")
        sys.stderr.flush()

    def _every_doc(self, seen: Callable[[Article, list[Fact]], object] | None,
                   every: EveryFn | None = None) -> Iterator[Doc]:
        """Every article for a build: whole records when ``seen`` reads them."""
        if seen is None and every is not None:
            return every()
        return self._docs(None) if seen is not None or self._every is None else self._every()

    def _build(self, token: str, seen: Callable[[Article, list[Fact]], object] | None = None,
               every: EveryFn | None = None) -> SeriesTable:
        path = self.path
        docs = self._every_doc(seen, every)
        try:
            if path is not None:
                path.parent.mkdir(parents=True, exist_ok=True)
                _sweep(path)
            return SeriesTable.build(path, docs if seen is None else _shown(docs, seen), token, mark=self._mark())
        except (OSError, sqlite3.Error) as err:
            if path is not None:  # a build that failed leaves nothing taking space
                for temp in path.parent.glob(f"{path.name}.{os.getpid()}.tmp*"):
                    temp.unlink(missing_ok=True)
            if (full := disk_full(err)) and path is not None:
                room = free_space(path.parent)
                raise SeriesUnbuildable(f"{_store_of(path)}: {full} ({room}): the series table "
                                        f"could not be built; the articles are unaffected; free some space "
                                        f"and run the command again", _store_of(path), f"{full}, {room}",
                                        "free some space and run 'factdesk check --fix'") from None
            why = (err.strerror or str(err)).lower() if isinstance(err, OSError) else str(err)
            if path is not None and not _writable(path.parent):
                # a read-only store (a read-only mount, another user's folder): as search does without
                # its index, this command reads every article into a table of its own, in memory
                if not self._said_read_only:
                    self._said_read_only = True
                    notice = (f"{_store_of(path)}: the series table is missing, damaged or out of date and the "
                              f"store cannot be written ({why}): reading every article for it; someone who can "
                              f"write to the store should run 'factdesk check --fix'")
                    self._notices.append(notice)
                    sys.stderr.write(f"factdesk: {notice}\n")
                    sys.stderr.flush()
                docs = self._every_doc(seen, every)
                return SeriesTable.build(None, docs if seen is None else _shown(docs, seen), token)
            if path is not None and path.is_dir():
                why = "it is a folder, not a file"
            elif path is not None and path.parent.exists() and not path.parent.is_dir():
                path, why = path.parent, "the series folder is a file, not a folder"  # not mkdir's "file exists"
            raise SeriesUnbuildable(f"{path}: cannot build the series table ({why}); the articles are unaffected; "
                                    f"'factdesk check --fix' moves it aside and builds it", path, why) from None

    def committed(self, old_token: str | None, added: set[str], removed: set[str], everything: bool) -> None:
        """Bring an on-disk table from ``old_token`` to the new state; a
        table that was not current stays stale, unless the commit added
        every article there is (a first ingest builds it)."""
        with self._lock:
            self._committed(old_token, added, removed, everything)

    def _committed(self, old_token: str | None, added: set[str], removed: set[str], everything: bool) -> None:
        path = self.path
        if path is None:
            return
        self._close()
        SeriesTable.migrate(path)
        table = SeriesTable.open(path)
        current = table is not None and old_token is not None and table.token == old_token
        if table is not None:
            table.close()
        else:
            self._keep_if_damaged(path)
        try:
            if current:
                writer = SeriesTable(sqlite3.connect(str(path)))
                try:
                    writer.update(self._docs(added), sorted(removed - added), self._token(), mark=self._mark())
                finally:
                    writer.close()
            elif everything:
                self._build(self._token()).close()
        except sqlite3.Error as err:
            if not self._keep_if_damaged(path, err):
                path.unlink(missing_ok=True)  # built again when next read

    def _mark(self) -> int | None:
        """The watermark a table written now is stamped with (the store's next article number)."""
        return None if self._next_mark is None else self._next_mark()

    def _keep_if_damaged(self, path: Path, err: sqlite3.Error | None = None) -> bool:
        """Keep a table SQLite finds damaged aside (it is then built again)
        and say so; False when it is not damaged (missing, of another
        schema, locked: simply built again)."""
        why = _damage(path) if err is None else (str(err) if _is_damage(err) else None)
        if why is None or not path.exists() or not _writable(path.parent):
            return False  # on a read-only store it stays where it is (the build reads the articles instead)
        aside = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%dT%H%M%S', time.gmtime())}")
        try:
            os.replace(path, aside)
        except OSError as error:
            raise StoreError(f"{path}: the series table is damaged ({why}) and cannot be kept aside "
                             f"({error.strerror or error}); run 'factdesk check --fix'") from None
        notice = (f"{_store_of(path)}: the series table was damaged ({why}); it is built again, "
                  f"the damaged one kept as {aside}")
        self._notices.append(notice)
        sys.stderr.write(f"factdesk: {notice}\n")
        sys.stderr.flush()
        return True

    def _close(self) -> None:
        if self._table is not None:
            self._table.close()
            self._table = None


def _builds_instead(new: int, stored: int) -> bool:
    """Whether a table lacking ``new`` of the ``stored`` articles is built
    from every article instead of updated: when they are most of the store
    (as a large first commit's is: store.db.side_build.builds_aside), a build
    from scratch costs less than an update that looks up what each touches."""
    from store.db.side_build import builds_aside

    return builds_aside(new, stored)


def _fix(path: Path, does: str) -> str:
    """What brings the table at ``path`` to the store's state (a reader's line ends with it)."""
    from store.db.indexing import behind_cause

    writer = _lock_holder(_store_of(path))
    cause = behind_cause(path.parent.parent)
    if writer is not None:
        return f"another factdesk process ({writer}) is writing the store and {does}"
    if cause is not None:
        return f"the last ingest could not finish ({cause}); free some space and run 'factdesk check --fix'"
    if not _writable(path.parent):
        return "someone who can write to the store should run 'factdesk check --fix'"
    return f"'factdesk check --fix' (or the next ingest) {does}"


def _why_unopened(path: Path) -> str:
    """Why a reader could not use the table file (SeriesTable.open gave none)."""
    if path.parent.exists() and not path.parent.is_dir():
        return f"unreadable: its folder {path.parent} is a file, not a folder (left as it is)"
    if not path.exists():
        return "being built" if any(path.parent.glob(f"{path.name}.*.tmp*")) else "missing"
    if path.is_dir():
        return "a folder, not a file (left as it is)"
    damage = _damage(path)
    if damage:
        return f"damaged ({damage}; left as it is)"
    return "of another version or unreadable (left as it is)"


def _lock_holder(store: Path) -> str | None:
    """'pid N' of a live process holding the store's write lock, read from
    the lock's holder file (never by taking the lock)."""
    try:
        pid = int(Path(str(store) + ".lock.holder").read_text().split()[0])
        os.kill(pid, 0)
    except (OSError, ValueError, IndexError):
        return None
    return f"pid {pid}"


def _store_of(table: Path) -> Path:
    """The store file whose side folder (``<store>.d/series/…``) holds ``table``."""
    side = table.parent.parent
    return side.with_name(side.name[:-2]) if side.name.endswith(".d") else side


def _writable(folder: Path) -> bool:
    """Whether this process may create files in ``folder`` (or, when it
    does not exist, in its nearest existing parent)."""
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    return os.access(folder, os.W_OK)


def _is_damage(err: sqlite3.Error) -> bool:
    """SQLite says the file is not a database or is corrupt (a locked or
    busy table, or one a killed writer left a journal for, is not damaged)."""
    return (getattr(err, "sqlite_errorcode", 0) & 0xFF) in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or \
        any(word in str(err) for word in ("malformed", "not a database"))


def _damage(path: Path) -> str | None:
    """Why SQLite cannot read the table's schema, when it is damage."""
    if not path.exists():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as err:
        return str(err) if _is_damage(err) else None
    return None


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
