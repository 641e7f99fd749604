"""A disk that fills up after an ingest committed its files, while the
series table or the search index is built (walk29, on a 3 MB tmpfs): the
ingest says what it saved — the 'ingested' line, or the JSON record — and
then why the rest could not be built, in one line that sends the user to
free space and run 'check --fix'.  The lone 'series table could not be
built … run the command again' it printed read as nothing ingested, and
running the ingest again only said the same."""

from __future__ import annotations

import errno
import json
import sqlite3

import store.db.indexing as indexing
from store.search.index import SearchIndex
from store.series.table import SeriesTable
from tests.helpers_cli import write_jsonl
from tests.test_cli import run


def _no_space(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def _no_space_after_the_store_is_made(monkeypatch):
    """The empty store's table is built; the ingest's update of it, then
    the build from scratch after the commit, find the disk full."""
    real, calls = SeriesTable.build, []

    def build(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs) if len(calls) == 1 else _no_space()

    def update(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(SeriesTable, "build", staticmethod(build))
    monkeypatch.setattr(SeriesTable, "update", update)


def test_a_series_table_the_full_disk_refuses_comes_after_what_the_ingest_saved(capsys, tmp_path, monkeypatch):
    db = tmp_path / "store" / "factdesk.json"
    page = tmp_path / "a.jsonl"
    write_jsonl(page, 3, prefix="甲")
    _no_space_after_the_store_is_made(monkeypatch)
    code, out, err = run(capsys, "--db", str(db), "ingest", str(page))
    assert code == 1
    assert out.startswith("ingested   1 file: 3 articles"), (out, err)
    [line] = err.splitlines()
    assert "the 1 file ingested is saved, but the series table could not be built (the disk is full" in line, line
    assert line.endswith("free some space and run 'factdesk check --fix'"), line
    monkeypatch.undo()
    assert len(run(capsys, "--db", str(db), "articles")[1].splitlines()) == 3


def test_the_json_report_of_it_is_one_record_with_the_error(capsys, tmp_path, monkeypatch):
    db = tmp_path / "store" / "factdesk.json"
    page = tmp_path / "a.jsonl"
    write_jsonl(page, 2, prefix="乙")
    _no_space_after_the_store_is_made(monkeypatch)
    code, out, _ = run(capsys, "--db", str(db), "ingest", "--json", str(page))
    record = json.loads(out)
    assert code == 1 and record["added"] == 2 and record["ingested"] == ["a.jsonl"]
    assert "the disk is full" in record["error"] and record["not_ingested"] == []


def test_a_search_index_the_full_disk_refuses_on_a_large_store_comes_after_it_too(capsys, tmp_path, monkeypatch):
    db = tmp_path / "store" / "factdesk.json"
    page, more = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    write_jsonl(page, 2, prefix="丙")
    assert run(capsys, "--db", str(db), "ingest", str(page))[0] == 0
    write_jsonl(more, 2, prefix="丁", seed=1)
    # A store past the size a reader scans without an index, and a disk with no room for one.
    monkeypatch.setattr(indexing, "SCAN_ARTICLES", 0)
    monkeypatch.setattr(SearchIndex, "rebuild", staticmethod(_no_space))
    monkeypatch.setattr(SearchIndex, "update", _no_space, raising=False)
    for leftover in (db.parent / "factdesk.json.d" / "index").glob("*"):
        leftover.unlink() if leftover.is_file() else None
    code, out, err = run(capsys, "--db", str(db), "ingest", str(more))
    assert code == 1
    assert out.startswith("ingested   1 file: 2 articles"), (out, err)
    line = err.splitlines()[-1]
    assert "the 1 file ingested is saved, but the search index could not be built (the disk is full" in line, line
    assert "check --fix" in line and "Traceback" not in err
