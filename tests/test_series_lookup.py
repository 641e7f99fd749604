"""A series table built from scratch hands out its look-up ids without
asking SQLite for keys it has never seen, and gives every key one id
however small its cache."""

from __future__ import annotations

import sqlite3

from store.series.layout import Lookup


def _table() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE periods (tid INTEGER PRIMARY KEY, period TEXT)")
    return conn


KEYS = [("2024年",), ("一季度",), (None,), ("2024年",), ("上半年",), (None,), ("一季度",), ("前三季度",)]


def test_an_empty_table_gives_the_ids_a_table_asked_first_gives():
    asked, trusted = Lookup(_table(), "periods", ("period",)), Lookup(_table(), "periods", ("period",), empty=True)
    assert [trusted.id(k) for k in KEYS] == [asked.id(k) for k in KEYS] == [1, 2, 3, 1, 4, 3, 2, 5]


def test_a_key_seen_before_the_cache_was_cleared_keeps_its_id():
    conn = _table()
    lookup = Lookup(conn, "periods", ("period",), cache=2, empty=True)
    ids = [lookup.id(k) for k in KEYS * 3]
    assert ids == [1, 2, 3, 1, 4, 3, 2, 5] * 3
    assert conn.execute("SELECT count(*) FROM periods").fetchone()[0] == 5


def test_an_empty_table_asks_sqlite_nothing_until_its_cache_is_cleared():
    conn = _table()
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    lookup = Lookup(conn, "periods", ("period",), empty=True)
    for k in KEYS:
        lookup.id(k)
    assert not [s for s in statements if s.startswith("SELECT")]


def test_an_empty_table_writes_its_new_keys_together_when_flushed():
    conn = _table()
    lookup = Lookup(conn, "periods", ("period",), empty=True)
    for k in KEYS:
        lookup.id(k)
    assert conn.execute("SELECT count(*) FROM periods").fetchone()[0] == 0  # one statement for all, at the flush
    lookup.flush()
    lookup.flush()  # nothing left to write
    assert conn.execute("SELECT tid, period FROM periods ORDER BY tid").fetchall() == [
        (1, "2024年"), (2, "一季度"), (3, None), (4, "上半年"), (5, "前三季度")]


def test_a_table_that_was_not_empty_still_writes_each_new_key_at_once():
    conn = _table()
    conn.execute("INSERT INTO periods VALUES (7, '2023年')")
    lookup = Lookup(conn, "periods", ("period",))
    assert [lookup.id(k) for k in [("2023年",), ("2024年",)]] == [7, 8]
    assert conn.execute("SELECT count(*) FROM periods").fetchone()[0] == 2
