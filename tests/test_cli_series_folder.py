"""A series table whose path is a folder (walk21): an ingest that saved its
files says so — the 'ingested' line, then why the table could not be
built — instead of a lone 'cannot build the series table' that leaves the
user asking whether anything was ingested; check names the folder as a
folder (SQLite's "disk I/O error" said nothing) and --fix moves it aside."""

from __future__ import annotations

import json
import shutil

from tests.helpers_cli import write_jsonl
from tests.test_cli import run


def _store_with_a_folder_for_its_series_table(capsys, tmp_path):
    db = tmp_path / "store" / "factdesk.json"
    first = tmp_path / "a.jsonl"
    write_jsonl(first, 3, prefix="甲")
    assert run(capsys, "--db", str(db), "ingest", str(first))[0] == 0
    table = db.with_name(db.name + ".d") / "series" / "series.sqlite"
    table.unlink()
    table.mkdir()
    return db, table


def test_an_ingest_says_what_it_saved_before_the_series_table_it_could_not_build(capsys, tmp_path):
    db, table = _store_with_a_folder_for_its_series_table(capsys, tmp_path)
    second = tmp_path / "b.jsonl"
    write_jsonl(second, 4, prefix="乙", seed=1)
    code, out, err = run(capsys, "--db", str(db), "ingest", str(second))
    assert code == 1
    assert out.startswith("ingested   1 file: 4 articles"), out
    assert len(err.splitlines()) == 1 and "is saved, but the series table could not be built" in err, err
    assert "folder" in err and "check --fix" in err and "Traceback" not in err
    assert table.is_dir()  # left as it is until check --fix
    assert len(run(capsys, "--db", str(db), "articles")[1].splitlines()) == 7


def test_the_json_report_carries_the_saved_files_and_the_error(capsys, tmp_path):
    db, _ = _store_with_a_folder_for_its_series_table(capsys, tmp_path)
    second = tmp_path / "b.jsonl"
    write_jsonl(second, 2, prefix="乙", seed=1)
    code, out, _ = run(capsys, "--db", str(db), "ingest", "--json", str(second))
    record = json.loads(out)
    assert code == 1 and record["added"] == 2 and len(record["ingested"]) == 1
    assert "series table could not be built" in record["error"] and record["not_ingested"] == []


def test_check_names_the_folder_and_fix_moves_it_aside(capsys, tmp_path):
    db, table = _store_with_a_folder_for_its_series_table(capsys, tmp_path)
    code, out, _ = run(capsys, "--db", str(db), "check")
    assert code == 1 and "series table is damaged (it is a folder, not a file)" in out, out
    assert "I/O" not in out
    assert run(capsys, "--db", str(db), "check", "--fix")[0] == 0
    assert table.is_file() and any(p.name.startswith("series.sqlite.damaged-") for p in table.parent.iterdir())
    shutil.rmtree(tmp_path / "store")
