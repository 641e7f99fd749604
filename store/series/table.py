"""The series table: every fact with a value, keyed by indicator, in SQLite.

One row per fact (its indicator, entity, period, exact value and step) and
one per article (title, publication, date), with the conflicting groups kept
up to date as articles come and go (the layout: store.series.layout).  A
series or conflicts query reads an indicator's rows, clustered together,
instead of every fact of the store; a fact without an indicator has
indicator id 0 (it still counts in totals).  The TinyDB store keeps the
table in its side folder and updates it at each commit, the test fake
builds it in memory (PostgreSQL keeps the same columns in its facts table:
store.series.columns).
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from decimal import Decimal
from itertools import groupby, islice
from pathlib import Path

from store.records import Article, Fact
from store.search.normalize import normalize
from store.series.columns import SeriesColumns
from store.series.layout import (
    FACT_ID,
    PAGE_SIZE,
    PSORT_ONLY,
    SCHEMA,
    SCHEMA_VERSION,
    Lookup,
    fact_tail,
)
from store.series.periods import period_sort
from store.series.prepared import SeriesRows, article_series
from store.series.precision import agree

_PAIRWISE_LIMIT = 40
_GROUP_LIMIT = 100_000
BATCH = 500  # articles read, removed and inserted at a time: memory stays flat in the size of the store
# SQLite's page cache while a table is built from scratch (KiB): the facts go
# into their primary key's B-tree in indicator order, not in the order they
# come, and a build that outgrew SQLite's small default cache wrote and read
# its pages back through the system; bounded, so memory stays flat.
BUILD_CACHE_KIB = 65_536
_GROUP_ROW = f"f.iid, f.tid, {FACT_ID}, f.aid, f.value, f.value_high, f.step, f.qualifier"
_GROUP_JOINS = ("JOIN indicators i ON i.iid = f.iid JOIN names n ON n.nid = i.nid "
                "JOIN periods p ON p.tid = f.tid JOIN article_rows a ON a.aid = f.aid")
_GROUP_ORDER = "ORDER BY f.iid, p.psort, 3"  # as the table was first clustered: fact ids in a period
# Groups given as one JSON array of [iid, tid]: each read as a range of the table.
_GROUPS_GIVEN = ("FROM json_each(?) g JOIN facts f ON f.iid = json_extract(g.value, '$[0]') "
                 "AND f.tid = json_extract(g.value, '$[1]')")
_SPECIFIC = "(f.named = 1 OR length(n.name) >= 3)"  # a place the subject itself names, or a longer name
Doc = tuple[Article, list[Fact]]
Group = tuple[int, int]  # (indicator id, period id): figures that say the same thing


class SeriesTable:
    """An open series table (a SQLite connection)."""

    def __init__(self, conn: sqlite3.Connection, empty: bool = False) -> None:
        self.conn = conn  # ``empty``: a table just created (its look-ups start knowing every row)
        self._names = Lookup(conn, "names", ("name", "entity"), lambda k: (normalize(k[1] + k[0]),), empty=empty)
        self._indicators = Lookup(conn, "indicators", ("nid", "family", "measure"), empty=empty)
        self._periods = Lookup(conn, "periods", ("period",), lambda k: (period_sort(k[0]),), empty=empty)
        self._units = Lookup(conn, "units", ("kind", "unit"), lambda k: (normalize(k[1] or ""),), empty=empty)
        self._publications = Lookup(conn, "publications", ("publication",), empty=empty)

    # ------------------------------------------------------------ opening

    @classmethod
    def create(cls, path: Path | None) -> SeriesTable:
        """A new empty table, in memory when ``path`` is None."""
        conn = sqlite3.connect(":memory:" if path is None else str(path), check_same_thread=False)
        conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        conn.executescript(SCHEMA)
        conn.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        return cls(conn, empty=True)

    @classmethod
    def open(cls, path: Path, busy: float = 1.0) -> SeriesTable | None:
        """The table at ``path``; None when it is missing, unreadable or of
        another schema (it is then built again), or a writer's commit keeps
        it locked longer than ``busy`` seconds (SQLite's default, 5 s, was a
        reader waiting on a writer)."""
        if not path.exists():
            return None
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False, timeout=busy)
            row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        except sqlite3.Error:
            return None
        if not row or row[0] != SCHEMA_VERSION:
            conn.close()
            return None
        conn.execute("PRAGMA mmap_size = 268435456")  # reads straight from the page cache
        return cls(conn)

    @staticmethod
    def migrate(path: Path) -> bool:
        """Bring a table of a version that orders periods otherwise
        (PSORT_ONLY) up to this one in place: each period's place on the
        time line written again, in one transaction; its rows are kept.
        False when there was nothing to do or it could not be done (a
        read-only or locked file: the table is then built again, as for
        any other version)."""
        if not path.exists():
            return False
        try:
            conn = sqlite3.connect(str(path), timeout=1)
        except sqlite3.Error:
            return False
        try:
            with conn:
                row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
                if not row or row[0] not in PSORT_ONLY:
                    return False
                _migrate(conn)
            return True
        except sqlite3.Error:
            return False
        finally:
            conn.close()

    @classmethod
    def private_copy(cls, path: Path, busy: float = 1.0) -> SeriesTable | None:
        """A copy of the table at ``path`` that this process alone reads and
        writes (SQLite's private temporary database: in memory, spilled to
        a temporary file when large), for a reader to bring up to date
        without writing the store.  The table is read as its last writer
        committed it: a rollback journal a killed writer left beside it is
        played back in a copy of the two files, never in the store; a
        table of a version that only orders periods otherwise is migrated
        in the copy.  None when it cannot be read (missing, damaged, of
        another version, locked by a writer for longer than ``busy``
        seconds)."""
        import shutil
        import tempfile

        journal = path.with_name(path.name + "-journal")
        scratch: str | None = None
        private = sqlite3.connect("", check_same_thread=False)
        try:
            source_path = path
            if journal.exists() and journal.stat().st_size > 0:
                scratch = tempfile.mkdtemp(prefix="factdesk-series-")
                source_path = Path(scratch) / "series.sqlite"
                shutil.copyfile(journal, Path(scratch) / "series.sqlite-journal")
                shutil.copyfile(path, source_path)
                source = sqlite3.connect(str(source_path), timeout=busy)  # the journal is played back here
            else:
                source = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=busy)
            try:
                source.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
                source.backup(private)
            finally:
                source.close()
            with private:
                row = private.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
                if row and row[0] in PSORT_ONLY:
                    _migrate(private)
                    row = (SCHEMA_VERSION,)
            if not row or row[0] != SCHEMA_VERSION:
                private.close()
                return None
        except (OSError, sqlite3.Error):
            private.close()
            return None
        finally:
            if scratch is not None:
                shutil.rmtree(scratch, ignore_errors=True)
        return cls(private)

    @property
    def watermark(self) -> int | None:
        """The store's article number counter when the table was last
        stamped: every article numbered below it, and none at or above it,
        is in the table as it was then (None: not recorded)."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'watermark'").fetchone()
        return int(row[0]) if row and str(row[0]).isdigit() else None

    def article_ids(self) -> list[str]:
        """The ids of the articles the table holds rows of."""
        return [r[0] for r in self.conn.execute("SELECT article_id FROM article_rows")]

    @classmethod
    def build(cls, path: Path | None, docs: Iterable[Doc], token: str, batch: int = BATCH,
              mark: int | None = None) -> SeriesTable:
        """A table of ``docs``, stamped with ``token``; on disk it is written
        beside ``path`` and moved into place, so readers never see half of it.
        ``docs`` is read ``batch`` articles at a time and never held whole."""
        temp = None if path is None else path.with_name(f"{path.name}.{os.getpid()}.tmp")
        if temp is not None:
            temp.unlink(missing_ok=True)
        table = cls.create(temp)
        try:
            if temp is not None:
                table.conn.execute(f"PRAGMA cache_size = -{BUILD_CACHE_KIB}")
            with table.conn:
                for part in batches(docs, batch):
                    table._add(part)
                table._recheck(None)
                table._stamp(token, mark)
            if temp is not None:
                table.conn.execute("VACUUM")  # rows came in article order: pages packed in indicator order
        except BaseException:
            table.conn.close()
            if temp is not None:
                temp.unlink(missing_ok=True)
            raise
        if temp is None or path is None:
            return table
        table.conn.close()
        os.replace(temp, path)
        opened = cls.open(path)
        assert opened is not None
        return opened

    def close(self) -> None:
        self.conn.close()

    @property
    def token(self) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'token'").fetchone()
        return row[0] if row else None

    def _stamp(self, token: str, mark: int | None = None) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('token', ?)", (token,))
        if mark is not None:
            self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('watermark', ?)", (str(mark),))

    # ------------------------------------------------------------ writing

    def update(self, docs: Iterable[Doc], removed: Iterable[str], token: str, batch: int = BATCH,
               mark: int | None = None) -> None:
        """Drop the rows of ``removed``, replace those of ``docs``' articles,
        re-examine the groups either touched, stamp ``token``: one
        transaction (readers see the old table or the new one), with
        ``docs`` read ``batch`` articles at a time (SQLite writes what does
        not fit its page cache to the file, so memory does not grow with the
        commit either)."""
        with self.conn:
            touched: set[Group] | None = self._remove(list(removed))
            for part in batches(docs, batch):
                found = self._remove([a["id"] for a, _ in part]) | self._add(part)
                if touched is not None:
                    touched |= found
                    if len(touched) > _GROUP_LIMIT:
                        touched = None  # a commit this large re-examines every group, not a list of them
            self._recheck(touched)
            self._stamp(token, mark)

    def _remove(self, article_ids: list[str]) -> set[Group]:
        """Drop these articles and their facts; the groups they were in."""
        touched: set[Group] = set()
        for start in range(0, len(article_ids), 500):
            part = article_ids[start:start + 500]
            marks = ",".join("?" * len(part))
            aids = [r[0] for r in self.conn.execute(f"SELECT aid FROM article_rows WHERE article_id IN ({marks})",
                                                    part)]
            if not aids:
                continue
            amarks = ",".join("?" * len(aids))
            touched.update(self.conn.execute(
                f"SELECT DISTINCT iid, tid FROM facts WHERE aid IN ({amarks}) AND iid > 0", aids))
            self.conn.execute(f"DELETE FROM facts WHERE aid IN ({amarks})", aids)
            self.conn.execute(f"DELETE FROM article_rows WHERE aid IN ({amarks})", aids)
        return touched

    def _add(self, docs: Iterable[Doc]) -> set[Group]:
        """Insert these articles and their facts (or the rows a worker
        worked out of them); the groups they are in.  An article without a
        figure has no row: nothing reads it."""
        touched: set[Group] = set()
        for article, facts in docs:
            # an extraction worker's rows (store.series.prepared), else worked out here
            found = facts if type(facts) is SeriesRows else article_series(article, facts)
            if not found:
                continue
            cur = self.conn.execute(
                "INSERT OR REPLACE INTO article_rows(article_id, title, pid, date) VALUES (?, ?, ?, ?)",
                (article["id"], article.get("title"), self._publications.id((article.get("publication"),)),
                 article.get("date")))
            rows = [self._row(cur.lastrowid, article["id"], fact_id, fno, c) for fact_id, fno, c in found]
            touched.update((row[0], row[5]) for row in rows if row[0])
            self.conn.executemany(f"INSERT INTO facts VALUES ({','.join('?' * 15)})", rows)
        for lookup in (self._names, self._indicators, self._periods, self._units, self._publications):
            lookup.flush()  # what the facts' ids name, in the table before anything reads it
        return touched

    def _row(self, aid: int | None, article_id: str, fact_id: str, fno: int, c: SeriesColumns) -> tuple:
        indicator = c.indicator
        iid = 0
        if indicator is not None:
            nid = self._names.id((indicator.name, indicator.entity or ""))
            iid = self._indicators.id((nid, indicator.family, indicator.measure))
        tail, odd_id = fact_tail(fact_id, article_id)
        return (iid, aid, fno, tail, odd_id, self._periods.id((c.period,)), self._units.id((c.kind, c.unit)),
                c.year, c.value, c.value_high, c.num, c.num_high, c.step, c.qualifier, int(c.named))

    def _recheck(self, groups: set[Group] | None) -> None:
        """Find again which of these groups (None: all) disagree.  A name
        too bare to say what it is about (国家, 出口 with no place in the
        subject itself) is never a conflict: two such figures are rarely
        the same measurement."""
        if groups is None:
            self.conn.execute("DELETE FROM conflicts")
            rows = self.conn.execute(
                f"SELECT {_GROUP_ROW} FROM facts f {_GROUP_JOINS} WHERE p.period IS NOT NULL AND {_SPECIFIC} "
                f"{_GROUP_ORDER}")
            self._insert_conflicts(rows)
            return
        ordered = sorted(groups)
        self.conn.executemany("DELETE FROM conflicts WHERE iid = ? AND tid = ?", ordered)
        for start in range(0, len(ordered), 500):
            rows = self.conn.execute(
                f"SELECT {_GROUP_ROW} {_GROUPS_GIVEN} {_GROUP_JOINS} WHERE p.period IS NOT NULL AND {_SPECIFIC} "
                f"{_GROUP_ORDER}", [json.dumps(ordered[start:start + 500])])
            self._insert_conflicts(rows)

    def _insert_conflicts(self, rows: Iterator[tuple]) -> None:
        found = [key for key, group in groupby(rows, key=lambda r: r[:2]) if disagree(list(group))]
        self.conn.executemany("INSERT OR IGNORE INTO conflicts VALUES (?, ?)", found)


def _migrate(conn: sqlite3.Connection) -> None:
    """A PSORT_ONLY table's periods placed on this version's time line (in the caller's transaction)."""
    periods = conn.execute("SELECT tid, period FROM periods").fetchall()
    conn.executemany("UPDATE periods SET psort = ? WHERE tid = ?",
                     [(period_sort(period), tid) for tid, period in periods])
    conn.execute("UPDATE meta SET value = ? WHERE key = 'schema'", (SCHEMA_VERSION,))


def batches(docs: Iterable[Doc], size: int) -> Iterator[list[Doc]]:
    """``docs`` in lists of at most ``size``, read as they are needed."""
    it = iter(docs)
    while part := list(islice(it, size)):
        yield part


def disagree(rows: list[tuple]) -> bool:
    """Whether two articles give values for one group of which none agree
    (rows end with aid, value, value_high, step, qualifier).  An article
    may state two values for what reads as one measurement (the month and
    the year to date); another article agreeing with either is no conflict."""
    by_article: dict[int, list[tuple]] = {}
    for row in rows:
        by_article.setdefault(row[-5], []).append(row[-4:])
    if len(by_article) < 2:
        return False
    articles = list(by_article)
    if len(articles) > _PAIRWISE_LIMIT:  # the extremes against the rest find any gap there is
        ordered = sorted(rows, key=lambda r: Decimal(r[-4]))
        ends = {ordered[0][-5], ordered[-1][-5]}
        pairs: Iterable[tuple[int, int]] = [(a, b) for a in ends for b in articles if a != b]
    else:
        pairs = ((a, b) for i, a in enumerate(articles) for b in articles[i + 1:])
    return any(not any(agree(x, y) for x in by_article[a] for y in by_article[b]) for a, b in pairs)
