"""A series table SQLite finds damaged is never built over in silence: a
writer that meets it (an ingest, check --fix) keeps it aside as
series.sqlite.damaged-STAMP, byte for byte, says so in one line and builds
the table again; a reader (series, conflicts, the app) leaves it as it is,
answers from the facts and says so in one line (stderr, or a toast in the
app).  A table of another schema is no damage: a reader reads around it,
check --fix builds it again."""

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
    assert len(err.splitlines()) == 1 and "series table is damaged" in err and "left as it is" in err
    assert _table(store_path).read_bytes() == damaged and not _kept(store_path)  # a reader writes nothing
    code, out, _ = run(capsys, "--db", db, "check", "--fix")
    assert code == 0 and "series table built again" in out
    (kept,) = _kept(store_path)
    assert kept.read_bytes() == damaged and str(kept) in out
    code, _, err = run(capsys, "--db", db, "conflicts", "--json")
    assert code == 0 and err == ""  # built again: nothing to say


def test_an_ingest_meeting_a_damaged_table_keeps_it_aside(capsys, db, store_path, tmp_path):
    damaged = _damage(store_path)
    text = tmp_path / "new.txt"
    text.write_text("重庆工业\n2024年，重庆规上工业增加值同比增长6.1%。\n", encoding="utf-8")
    code, _, err = run(capsys, "--db", db, "ingest", str(text))
    assert code == 0 and "series table was damaged" in err
    (kept,) = _kept(store_path)
    assert kept.read_bytes() == damaged


def test_a_table_of_another_schema_is_read_around_and_built_again_by_check_fix(capsys, db, store_path):
    conn = sqlite3.connect(_table(store_path))
    with conn:
        conn.execute("UPDATE meta SET value = 'old' WHERE key = 'schema'")
    conn.close()
    code, out, err = run(capsys, "--db", db, "series", "新能源汽车产量")
    assert code == 0 and "95.3万辆" in out and "of another version" in err and not _kept(store_path)
    assert "of another version (not damage" in run(capsys, "--db", db, "check")[1]
    assert run(capsys, "--db", db, "check", "--fix")[0] == 0 and not _kept(store_path)
    code, out, err = run(capsys, "--db", db, "series", "新能源汽车产量")
    assert code == 0 and "95.3万辆" in out and err == ""


async def test_the_app_shows_the_damaged_table_left_as_it_is_as_a_warning(seeded, store_path, monkeypatch) -> None:
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
            if any("series table is damaged" in n.message for n in app._notifications):
                break
            await pilot.pause(0.2)
        notes = [n for n in app._notifications if "series table is damaged" in n.message]
        assert notes and notes[0].severity == "warning" and "left as it is" in notes[0].message
    assert _table(store_path).read_bytes() == GARBAGE and not _kept(store_path)  # the app reads: it writes nothing
