"""How the series table is laid out in SQLite, kept small.

A fact row holds small integers where the same text repeats across facts:
its indicator (name, entity, unit family, level or change), its period
(with its place on the time line), its kind and unit, and its article.
Those texts live once each in lookup tables.  A fact's id is written
relative to its article's (``<article id>:body:47`` → 47, ``…:title:3`` →
``title:3``), and a fact is found by its article, so no index of fact ids
is needed (the index of facts by article holds the tail too).  Facts are clustered by indicator (a table without rowid), so
an indicator's figures lie on neighbouring pages.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

SCHEMA_VERSION = "17"  # also changes when the indicator or value rules do: the table is built again
# Versions whose table differs from this one only in the periods' places on the time line (psort):
# such a table is brought up to date in place (table.SeriesTable.migrate) instead of built again.
PSORT_ONLY = ("9",)
PAGE_SIZE = 8192  # fewer page headers and fuller pages for rows of a few dozen bytes

SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE publications(pid INTEGER PRIMARY KEY, publication TEXT UNIQUE);
CREATE TABLE article_rows(aid INTEGER PRIMARY KEY, article_id TEXT UNIQUE NOT NULL, title TEXT,
                          pid INTEGER NOT NULL, date TEXT);
CREATE VIEW articles AS SELECT r.aid, r.article_id, r.title, p.publication, r.date
                        FROM article_rows r JOIN publications p ON p.pid = r.pid;
CREATE TABLE names(nid INTEGER PRIMARY KEY, name TEXT NOT NULL, entity TEXT NOT NULL, match TEXT NOT NULL,
                   UNIQUE(name, entity));
CREATE TABLE indicators(iid INTEGER PRIMARY KEY, nid INTEGER NOT NULL, family TEXT NOT NULL,
                        measure TEXT NOT NULL, UNIQUE(nid, family, measure));
CREATE TABLE periods(tid INTEGER PRIMARY KEY, period TEXT UNIQUE, psort TEXT NOT NULL);
CREATE TABLE units(uid INTEGER PRIMARY KEY, kind TEXT, unit TEXT, unit_key TEXT NOT NULL);
CREATE TABLE facts(iid INTEGER NOT NULL, aid INTEGER NOT NULL, fno INTEGER NOT NULL, tail, odd_id TEXT,
                   tid INTEGER NOT NULL, uid INTEGER NOT NULL, year INTEGER, value TEXT, value_high TEXT,
                   num REAL, num_high REAL, step TEXT, qualifier TEXT, named INTEGER NOT NULL,
                   PRIMARY KEY(iid, tid, aid, fno)) WITHOUT ROWID;
CREATE INDEX facts_by_article ON facts(aid, tail);
CREATE INDEX facts_by_odd_id ON facts(odd_id) WHERE odd_id IS NOT NULL;
CREATE TABLE conflicts(iid INTEGER NOT NULL, tid INTEGER NOT NULL, PRIMARY KEY(iid, tid)) WITHOUT ROWID;
"""
"""Columns of ``facts``: ``iid`` the indicator (0: none, still counted in
totals), ``fno`` the fact's place among its article's facts, ``tail`` its
id after the article's (an integer for ``body:N``), ``odd_id`` the whole id
of a fact whose id does not start with its article's (``tail`` is then
NULL), ``tid`` the period, ``uid`` the kind and unit."""

FACT_ID = ("coalesce(f.odd_id, a.article_id || ':' || "
           "CASE WHEN typeof(f.tail) = 'integer' THEN 'body:' || f.tail ELSE f.tail END)")
"""SQL of a fact's id, over `f` (facts) and `a` (articles)."""

AS_WRITTEN = "CASE WHEN f.num > 0 AND substr(f.value, 1, 1) = '-' THEN substr(f.value, 2) ELSE f.value END"
"""SQL of a fact's value as written, over `f`: a fall's series value is
signed (下降43.4% → -43.4) while its ``num`` is the figure as written
(43.4), and totals read figures as search filters them (in SQLite and
PostgreSQL alike)."""

HEADLINE = "(typeof(f.tail) = 'text' AND f.tail LIKE 'title:%')"
"""SQL over `f` (facts): whether the fact is stated in its article's title
(totals count a headline figure its body states again once)."""

_BODY = "body:"


def fact_tail(fact_id: str, article_id: str) -> tuple[int | str | None, str | None]:
    """(tail, odd_id): how ``fact_id`` is stored (see FACT_ID)."""
    if not fact_id.startswith(article_id + ":"):
        return None, fact_id
    tail = fact_id[len(article_id) + 1:]
    number = tail[len(_BODY):]
    if (tail.startswith(_BODY) and number.isascii() and number.isdigit() and len(number) <= 18
            and str(int(number)) == number):  # written back the same, and within SQLite's integers
        return int(number), None
    return tail, None


class Lookup:
    """Small integer ids of repeated values, kept in a table ``table(id,
    *key, *derived)``; the ids of recent keys are kept in memory, up to
    ``cache`` of them (beyond it the table is asked).  Of a table made
    empty (``empty``: a build from scratch) the cache holds every row until
    it is first cleared: a key it lacks is new, given the id the table would
    give it (one more than the last) and written with the others at the next
    :meth:`flush` (a build's look-ups were most of them misses, each its own
    statement)."""

    def __init__(self, conn: sqlite3.Connection, table: str, key: tuple[str, ...],
                 derived: Callable[[tuple], tuple] = lambda key: (), cache: int = 50_000,
                 empty: bool = False) -> None:
        self.conn = conn
        self._derived = derived
        self._cache: dict[tuple, int] = {}
        self._limit = cache
        self._whole = empty  # the cache holds every row of the table
        self._table = table
        self._select = f"SELECT rowid FROM {table} WHERE " + " AND ".join(f"{c} IS ?" for c in key)
        self._unwritten: list[tuple] = []  # rows handed out while whole, not yet in the table
        self._last = 0                    # the last id handed out while whole

    def id(self, key: tuple) -> int:
        found = self._cache.get(key)
        if found is None:
            row = None if self._whole else self.conn.execute(self._select, key).fetchone()
            found = int(row[0]) if row else self._add(key)
            if len(self._cache) >= self._limit:
                self.flush()  # the table answers from now on: it must hold every row
                self._cache.clear()
                self._whole = False
            self._cache[key] = found
        return found

    def flush(self) -> None:
        """Write the rows handed out and not yet in the table."""
        if self._unwritten:
            marks = ", ".join("?" * len(self._unwritten[0]))
            self.conn.executemany(f"INSERT INTO {self._table} VALUES ({marks})", self._unwritten)
            self._unwritten.clear()

    def _add(self, key: tuple) -> int:
        values = key + self._derived(key)
        if self._whole:  # rowids of a table never deleted from: one more than the last
            self._last += 1
            self._unwritten.append((self._last, *values))
            return self._last
        cur = self.conn.execute(f"INSERT INTO {self._table} VALUES (NULL, {', '.join('?' * len(values))})", values)
        assert cur.lastrowid is not None
        return cur.lastrowid
