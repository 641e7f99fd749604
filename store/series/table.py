"""The series table: every fact with a value, keyed by indicator, in SQLite.

One row per fact (its indicator, entity, period, exact value and step) and
one per article (title, publication, date), with the conflicting groups kept
up to date as articles come and go.  Facts are stored clustered by
indicator and period (a table without rowid), so an indicator's figures are
read from neighbouring pages in time order; a fact without an indicator
has name id 0 (it still counts in totals).  A series or conflicts query reads an
indicator's rows through an index instead of every fact of the store; the
TinyDB store keeps the table in its side folder and updates it at each
commit, the test fake builds it in memory (PostgreSQL keeps the same
columns in its facts table: store.series.columns).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator
from decimal import Decimal
from itertools import groupby, islice
from pathlib import Path

from store.records import Article, Fact
from store.search.normalize import normalize
from store.series.columns import doc_year, series_columns
from store.series.indicators import title_entity
from store.series.precision import agree

SCHEMA_VERSION = "7"  # also changes when the indicator rules do: the table is built again
_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE articles(aid INTEGER PRIMARY KEY, article_id TEXT UNIQUE NOT NULL, title TEXT, publication TEXT,
                      date TEXT);
CREATE TABLE names(nid INTEGER PRIMARY KEY, name TEXT NOT NULL, entity TEXT NOT NULL, match TEXT NOT NULL,
                   UNIQUE(name, entity));
CREATE TABLE facts(nid INTEGER NOT NULL, family TEXT NOT NULL, measure TEXT NOT NULL, psort TEXT NOT NULL,
                   fact_id TEXT NOT NULL, aid INTEGER NOT NULL, kind TEXT, unit TEXT, unit_key TEXT, period TEXT,
                   year INTEGER, value TEXT, value_high TEXT, num REAL, num_high REAL, step TEXT, qualifier TEXT,
                   named INTEGER NOT NULL DEFAULT 0,
                   PRIMARY KEY(nid, family, measure, psort, fact_id)) WITHOUT ROWID;
CREATE UNIQUE INDEX facts_by_id ON facts(fact_id);
CREATE INDEX facts_by_article ON facts(aid);
CREATE TABLE conflicts(nid INTEGER, family TEXT, measure TEXT, period TEXT,
                       PRIMARY KEY(nid, family, measure, period));
"""

_PAIRWISE_LIMIT = 40
BATCH = 500  # articles read, removed and inserted at a time: memory stays flat in the size of the store
_NAME_CACHE = 50_000  # (name, entity) → nid kept in memory; beyond it the table's unique index answers
_GROUP_ROW = ("f.nid, f.family, f.measure, f.period, f.aid, f.value, f.value_high, f.step, f.qualifier "
              "FROM facts f JOIN names n ON n.nid = f.nid")
_SPECIFIC = "(f.named = 1 OR length(n.name) >= 3)"  # a place the subject itself names, or a longer name
Doc = tuple[Article, list[Fact]]
GroupKey = tuple[int, str, str, str]


class SeriesTable:
    """An open series table (a SQLite connection)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._nids: dict[tuple[str, str], int] = {}

    # ------------------------------------------------------------ opening

    @classmethod
    def create(cls, path: Path | None) -> SeriesTable:
        """A new empty table, in memory when ``path`` is None."""
        conn = sqlite3.connect(":memory:" if path is None else str(path), check_same_thread=False)
        conn.executescript(_SCHEMA)
        conn.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        return cls(conn)

    @classmethod
    def open(cls, path: Path) -> SeriesTable | None:
        """The table at ``path``; None when it is missing, unreadable or of
        another schema (it is then built again)."""
        if not path.exists():
            return None
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        except sqlite3.Error:
            return None
        if not row or row[0] != SCHEMA_VERSION:
            conn.close()
            return None
        conn.execute("PRAGMA mmap_size = 268435456")  # reads straight from the page cache
        return cls(conn)

    @classmethod
    def build(cls, path: Path | None, docs: Iterable[Doc], token: str, batch: int = BATCH) -> SeriesTable:
        """A table of ``docs``, stamped with ``token``; on disk it is written
        beside ``path`` and moved into place, so readers never see half of it.
        ``docs`` is read ``batch`` articles at a time and never held whole."""
        temp = None if path is None else path.with_name(f"{path.name}.{os.getpid()}.tmp")
        if temp is not None:
            temp.unlink(missing_ok=True)
        table = cls.create(temp)
        try:
            with table.conn:
                for part in batches(docs, batch):
                    table._add(part)
                table._recheck(None)
                table._stamp(token)
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

    def _stamp(self, token: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('token', ?)", (token,))

    # ------------------------------------------------------------ writing

    def update(self, docs: Iterable[Doc], removed: Iterable[str], token: str, batch: int = BATCH) -> None:
        """Drop the rows of ``removed``, replace those of ``docs``' articles,
        re-examine the groups either touched, stamp ``token``: one
        transaction (readers see the old table or the new one), with
        ``docs`` read ``batch`` articles at a time (SQLite writes what does
        not fit its page cache to the file, so memory does not grow with the
        commit either)."""
        with self.conn:
            touched = self._remove(list(removed))
            for part in batches(docs, batch):
                touched |= self._remove([a["id"] for a, _ in part]) | self._add(part)
            self._recheck(touched)
            self._stamp(token)

    def _remove(self, article_ids: list[str]) -> set[int]:
        touched: set[int] = set()
        for start in range(0, len(article_ids), 500):
            part = article_ids[start:start + 500]
            marks = ",".join("?" * len(part))
            aids = [r[0] for r in self.conn.execute(f"SELECT aid FROM articles WHERE article_id IN ({marks})", part)]
            if not aids:
                continue
            amarks = ",".join("?" * len(aids))
            touched.update(r[0] for r in self.conn.execute(
                f"SELECT DISTINCT nid FROM facts WHERE aid IN ({amarks}) AND nid > 0", aids))
            self.conn.execute(f"DELETE FROM facts WHERE aid IN ({amarks})", aids)
            self.conn.execute(f"DELETE FROM articles WHERE aid IN ({amarks})", aids)
        return touched

    def _nid(self, name: str, entity: str) -> int:
        key = (name, entity)
        nid = self._nids.get(key)
        if nid is None:
            row = self.conn.execute("SELECT nid FROM names WHERE name = ? AND entity = ?", key).fetchone()
            if row is None:
                cur = self.conn.execute("INSERT INTO names(name, entity, match) VALUES (?, ?, ?)",
                                        (name, entity, normalize(entity + name)))
                row = (cur.lastrowid,)
            if len(self._nids) >= _NAME_CACHE:
                self._nids.clear()
            nid = self._nids[key] = int(row[0])
        return nid

    def _add(self, docs: Iterable[Doc]) -> set[int]:
        touched: set[int] = set()
        for article, facts in docs:
            cur = self.conn.execute(
                "INSERT OR REPLACE INTO articles(article_id, title, publication, date) VALUES (?, ?, ?, ?)",
                (article["id"], article.get("title"), article.get("publication"), article.get("date")))
            aid = cur.lastrowid
            year = doc_year(article.get("date"))
            place = title_entity(article.get("title"))
            rows = []
            for fact in facts:
                row = self._row(aid, fact, year, place)
                if row is not None:
                    rows.append(row)
                    if row[0]:
                        touched.add(row[0])
            self.conn.executemany(f"INSERT OR REPLACE INTO facts VALUES ({','.join('?' * 18)})", rows)
        return touched

    def _row(self, aid: int | None, fact: Fact, year: int, place: str | None) -> tuple | None:
        c = series_columns(fact, year, place)
        if c is None:
            return None
        indicator = c.indicator
        nid = self._nid(indicator.name, indicator.entity or "") if indicator else 0
        return (nid, indicator.family if indicator else "", indicator.measure if indicator else "", c.psort,
                fact["id"], aid, c.kind, c.unit, c.unit_key, c.period, c.year, c.value, c.value_high, c.num,
                c.num_high, c.step, c.qualifier, int(c.named))

    def _recheck(self, nids: set[int] | None) -> None:
        """Find again which groups of these names (None: all) disagree.  A
        name too bare to say what it is about (国家, 出口 with no place in
        the subject itself) is never a conflict: two such figures are rarely
        the same measurement."""
        if nids is None:
            self.conn.execute("DELETE FROM conflicts")
            rows = self.conn.execute(
                f"SELECT {_GROUP_ROW} WHERE f.period IS NOT NULL AND {_SPECIFIC} "
                "ORDER BY f.nid, f.family, f.measure, f.psort")
            self._insert_conflicts(rows)
            return
        ordered = sorted(nids)
        for start in range(0, len(ordered), 500):
            part = ordered[start:start + 500]
            marks = ",".join("?" * len(part))
            self.conn.execute(f"DELETE FROM conflicts WHERE nid IN ({marks})", part)
            rows = self.conn.execute(
                f"SELECT {_GROUP_ROW} WHERE f.nid IN ({marks}) AND f.period IS NOT NULL AND {_SPECIFIC} "
                "ORDER BY f.nid, f.family, f.measure, f.psort", part)
            self._insert_conflicts(rows)

    def _insert_conflicts(self, rows: Iterator[tuple]) -> None:
        found = [key for key, group in groupby(rows, key=lambda r: r[:4]) if disagree(list(group))]
        self.conn.executemany("INSERT OR IGNORE INTO conflicts VALUES (?, ?, ?, ?)", found)


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
