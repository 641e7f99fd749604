"""A series table SQLite finds damaged is never built over in silence:
whichever command meets it (a read, an ingest, the app) keeps it aside as
series.sqlite.damaged-STAMP, byte for byte, says so in one line (stderr,
or a toast in the app) and builds the table again.  A table of another
schema is simply built again, saying nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.test_cli import run

GARBAGE = b"this is not a database, it was overwritten\n" * 100


@pytest.fixture
def db(seeded, store_path) -> str:
    seeded.series("新能源汽车产量")  # the table exists
    return str(store_path)


def _table(store_path: Path) -> Path:
    return store_path.parent / "factdesk.json.d" / "series" / "series.sqlite"


def _damage(store_path: Path) -> bytes:
    path = _table(store_path)
    data = bytearray(path.read_bytes())
    data[100:4100] = b"\xff" * 4000  # the first page: the schema cannot be read
    path.write_bytes(bytes(data))
    return bytes(data)


def _kept(store_path: Path) -> list[Path]:
    return sorted(_table(store_path).parent.glob("series.sqlite.damaged-*"))


@pytest.mark.parametrize("how", ["overwritten", "first page"])
def test_a_series_query_on_a_damaged_table_keeps_it_aside_says_so_and_answers(capsys, db, store_path, how):
    if how == "overwritten":
        _table(store_path).write_bytes(GARBAGE)
        damaged = GARBAGE
    else:
        damaged = _damage(store_path)
    code, out, err = run(capsys, "--db", db, "series", "新能源汽车产量")
    assert code == 0 and "95.3万辆" in out
    assert len(err.splitlines()) == 1 and "series table was damaged" in err and "kept as" in err
    (kept,) = _kept(store_path)
    assert kept.read_bytes() == damaged and str(kept) in err
    assert "series table" not in run(capsys, "--db", db, "check")[1]  # built again: the table is sound
    code, _, err = run(capsys, "--db", db, "conflicts", "--json")
    assert code == 0 and err == ""  # said once


def test_an_ingest_meeting_a_damaged_table_keeps_it_aside(capsys, db, store_path, tmp_path):
    damaged = _damage(store_path)
    text = tmp_path / "new.txt"
    text.write_text("重庆工业\n2024年，重庆规上工业增加值同比增长6.1%。\n", encoding="utf-8")
    code, _, err = run(capsys, "--db", db, "ingest", str(text))
    assert code == 0 and "series table was damaged" in err
    (kept,) = _kept(store_path)
    assert kept.read_bytes() == damaged


def test_a_table_of_another_schema_is_built_again_without_a_word(capsys, db, store_path):
    conn = sqlite3.connect(_table(store_path))
    with conn:
        conn.execute("UPDATE meta SET value = 'old' WHERE key = 'schema'")
    conn.close()
    code, out, err = run(capsys, "--db", db, "series", "新能源汽车产量")
    assert code == 0 and "95.3万辆" in out and err == "" and not _kept(store_path)


async def test_the_app_shows_the_damaged_table_kept_aside_as_a_warning(seeded, store_path, monkeypatch) -> None:
    from tests.app_helpers import settle
    from tui.app import FactdeskApp

    for var in ("TMUX", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)
    seeded.series("新能源汽车产量")
    _table(store_path).write_bytes(GARBAGE)
    from store import open_store

    app = FactdeskApp(open_store(store_path))
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(30):
            await settle(pilot)
            if any("series table was damaged" in n.message for n in app._notifications):
                break
            await pilot.pause(0.2)
        notes = [n for n in app._notifications if "series table was damaged" in n.message]
        assert notes and notes[0].severity == "warning" and "kept as" in notes[0].message
    assert len(_kept(store_path)) == 1
