"""A store written before periods sharing a start were ordered by their end
keeps its figures: the TinyDB series table of the previous version is
brought up to date in place (its rows kept, not built again), `check` finds
nothing wrong with it, and a PostgreSQL database of the previous schema is
migrated.  The order itself is a contract spec (tests/test_series_contract.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.helpers_cli import factdesk
from tests.test_series_contract import _RETAIL_ORDER, _ingest_retail

pytest_plugins = ("tests.pg_server",)  # the throwaway server's fixtures


def _retail_periods(store) -> list[str]:
    return [r["period"] for r in store.series("社会消费品零售总额") if r["measure"] == "level"]


def _table(db: Path) -> Path:
    return db.with_name(db.name + ".d") / "series" / "series.sqlite"


def _as_version(table: Path, version: str) -> None:
    """Make the table one an older factdesk wrote: its version, and periods
    placed on the time line by their text, as that version placed those
    sharing a start."""
    with sqlite3.connect(table) as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'schema'", (version,))
        conn.execute("UPDATE periods SET psort = coalesce(period, '~')")
    conn.close()


def _schema(table: Path) -> str:
    conn = sqlite3.connect(table)
    try:
        return conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()[0]
    finally:
        conn.close()


def test_a_series_table_of_the_previous_version_is_brought_up_to_date_in_place(tmp_path: Path) -> None:
    from store import open_store
    from store.series.layout import SCHEMA_VERSION

    db = tmp_path / "factdesk.json"
    _ingest_retail(open_store(db), tmp_path)
    table = _table(db)
    _as_version(table, "9")
    inode = table.stat().st_ino

    checked = factdesk(db, "check")  # an older table is no damage: reported, for check --fix to bring up to date
    assert "damaged" not in checked.stdout.decode() + checked.stderr.decode()
    assert "of another version (not damage" in checked.stdout.decode()
    assert _retail_periods(open_store(db, seed=False)) == _RETAIL_ORDER  # a reader reads around it
    assert _schema(table) == "9"  # and leaves it as it is

    assert factdesk(db, "check", "--fix").returncode == 0
    assert _retail_periods(open_store(db, seed=False)) == _RETAIL_ORDER
    assert table.stat().st_ino == inode  # the same file, updated: not built again beside it
    assert _schema(table) == SCHEMA_VERSION
    assert not list(table.parent.glob("*.damaged-*"))
    assert factdesk(db, "check").returncode == 0


def test_a_series_table_of_an_older_version_is_built_again_from_the_articles(tmp_path: Path) -> None:
    from store import open_store
    from store.series.layout import SCHEMA_VERSION

    db = tmp_path / "factdesk.json"
    _ingest_retail(open_store(db), tmp_path)
    table = _table(db)
    _as_version(table, "8")
    checked = factdesk(db, "check")
    assert "damaged" not in checked.stdout.decode()
    assert _retail_periods(open_store(db, seed=False)) == _RETAIL_ORDER
    assert factdesk(db, "check", "--fix").returncode == 0
    assert _schema(table) == SCHEMA_VERSION


def test_a_commit_onto_a_table_of_the_previous_version_keeps_it_current(tmp_path: Path) -> None:
    from store import open_store

    db = tmp_path / "factdesk.json"
    store = open_store(db)
    store.series("社会消费品零售总额")
    _as_version(_table(db), "9")
    _ingest_retail(store, tmp_path)  # the commit updates the migrated table
    assert _retail_periods(open_store(db, seed=False)) == _RETAIL_ORDER


def test_a_postgresql_database_of_the_previous_schema_orders_its_series_after_migration(
        tmp_path: Path, pg_url: str) -> None:
    import psycopg

    from store import open_store
    from store.pg.schema import SCHEMA_VERSION

    store = open_store(pg_url, seed=True)
    _ingest_retail(store, tmp_path)
    with psycopg.connect(pg_url, autocommit=True) as conn:  # as the previous schema left it
        conn.execute("UPDATE facts SET s_psort = coalesce(period, '~') WHERE s_value IS NOT NULL")
        conn.execute("DELETE FROM factdesk_schema WHERE version = %s", (SCHEMA_VERSION,))
    migrated = open_store(pg_url, seed=False)
    assert _retail_periods(migrated) == _RETAIL_ORDER
    assert migrated.check() == []
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT max(version) FROM factdesk_schema").fetchone()[0] == SCHEMA_VERSION
    assert migrated.counts() == store.counts()
