"""`factdesk check --json`: one record a script can read — the store, its
counts, ok, each problem with its kind, path, what and whether --fix repairs
it, what --fix repaired and what is left — with the exit codes of the text
output (0 OK, 1 problems left)."""

from __future__ import annotations

import json
from pathlib import Path

from store import PROBLEM_KINDS, Problem
from tests.helpers_cli import factdesk, write_jsonl
from tui.check_output import problem_record

_KEYS = {"store", "sources", "articles", "facts", "ok", "problems", "repaired", "remaining"}


def _store(tmp_path: Path) -> Path:
    db = tmp_path / "store" / "factdesk.json"
    src = tmp_path / "a.jsonl"
    write_jsonl(src, 8, prefix="核查", seed=5)
    assert factdesk(db, "ingest", str(src)).returncode == 0
    return db


def _check(db: Path, *args: str) -> tuple[int, dict]:
    done = factdesk(db, "check", *args, "--json")
    lines = done.stdout.decode().splitlines()
    assert len(lines) == 1, done.stdout.decode() + done.stderr.decode()
    assert "Traceback" not in done.stderr.decode()
    return done.returncode, json.loads(lines[0])


def test_a_sound_store_is_one_record_saying_ok(tmp_path: Path) -> None:
    db = _store(tmp_path)
    code, record = _check(db)
    assert code == 0
    assert set(record) == _KEYS
    assert record["ok"] is True and record["problems"] == [] and record["remaining"] == []
    assert record["articles"] == 8 and record["sources"] == 1 and record["facts"] >= 0
    assert record["store"] == str(db)


def test_each_problem_names_its_kind_path_and_whether_fix_repairs_it(tmp_path: Path) -> None:
    db = _store(tmp_path)
    side = db.with_name(db.name + ".d")
    (side / "shards" / "000.g99.json.body").write_bytes(b"x" * 3000)  # what a killed writer leaves
    table = side / "series" / "series.sqlite"
    table.write_bytes(b"not a database")
    text = factdesk(db, "check")
    code, record = _check(db)
    assert code == text.returncode == 1
    assert record["ok"] is False and record["remaining"] == record["problems"]
    by_kind = {p["kind"]: p for p in record["problems"]}
    assert set(by_kind) == {"leftovers", "series"}
    assert by_kind["leftovers"] == {"kind": "leftovers", "path": str(side), "fixable": True,
                                    "what": by_kind["leftovers"]["what"]}
    assert "000.g99.json.body" in by_kind["leftovers"]["what"]
    assert by_kind["series"]["path"] == str(table) and by_kind["series"]["fixable"] is True
    assert all(p["what"] in text.stdout.decode() for p in record["problems"])  # the lines the text output prints


def test_fix_says_what_it_repaired_and_that_nothing_is_left(tmp_path: Path) -> None:
    db = _store(tmp_path)
    (db.with_name(db.name + ".d") / "shards" / "000.g99.json.body").write_bytes(b"x" * 3000)
    code, record = _check(db, "--fix")
    assert code == 0
    assert [p["kind"] for p in record["problems"]] == ["leftovers"]
    assert record["repaired"] and record["remaining"] == [] and record["ok"] is True
    assert _check(db) == (0, {**record, "problems": [], "repaired": []})


def test_a_store_that_is_not_there_is_the_same_one_line_error(tmp_path: Path) -> None:
    done = factdesk(tmp_path / "none.json", "check", "--json")
    assert done.returncode == 1 and done.stdout == b""
    assert "no store at" in done.stderr.decode()


def test_a_problem_given_as_bare_text_is_of_kind_other_and_not_fixable() -> None:
    assert problem_record("something odd\nover two lines") == {
        "kind": "other", "path": None, "what": "something odd over two lines", "fixable": False}
    assert problem_record(Problem("fact x: offsets do not match its text", "fact")) == {
        "kind": "fact", "path": None, "what": "fact x: offsets do not match its text", "fixable": False}
    assert "other" in PROBLEM_KINDS


def test_help_shows_json_and_the_record(tmp_path: Path) -> None:
    shown = factdesk(None, "check", "--help").stdout.decode()
    assert "--json" in shown and "kind, path, what, fixable" in " ".join(shown.split())


def test_a_folder_where_a_shard_file_should_be_is_a_problem_check_lists(tmp_path: Path) -> None:
    """`check` stopped at it with one line on stderr and no record (and no
    `problem` lines), while `check --fix` rebuilt the shard: the check must
    say what --fix repairs."""
    db = _store(tmp_path)
    shard = sorted((db.parent / "factdesk.json.d" / "shards").glob("*.json.zst"))[0]
    shard.unlink()
    shard.mkdir()
    code, record = _check(db)
    assert code == 1 and record["ok"] is False
    [problem] = [p for p in record["problems"] if p["kind"] == "shard"]
    assert problem["fixable"] is True and problem["path"] == str(shard) and "Is a directory" in problem["what"]
    code, record = _check(db, "--fix")
    assert code == 0 and record["remaining"] == [] and record["articles"] == 8
    assert shard.is_dir()  # kept as it was
