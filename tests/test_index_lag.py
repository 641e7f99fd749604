"""An index left far behind the store (an ingest saved its articles but a
full disk stopped the index update) is not read around by every search
for ever: the next reader that finds the write lock free brings it up to
date and says so in one line; when that fails too (the disk is still
full) it says so, leaves nothing behind and still answers."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from store.db import indexing
from tests.helpers_cli import write_jsonl
from tests.test_cli import run


def _full(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.fixture
def lagging(tmp_path, capsys, monkeypatch) -> str:
    """A store whose index lacks the 40 articles of its last ingest."""
    from store.search.index import SearchIndex

    db = str(tmp_path / "store" / "factdesk.json")
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    write_jsonl(first, 5, prefix="甲")
    write_jsonl(second, 40, prefix="乙", seed=1)
    assert run(capsys, "--db", db, "ingest", str(first))[0] == 0
    assert run(capsys, "--db", db, "search", "甲1号")[0] == 0
    with monkeypatch.context() as patch:
        patch.setattr(SearchIndex, "update", _full)
        patch.setattr(SearchIndex, "add_recent", _full)
        code, _, err = run(capsys, "--db", db, "ingest", str(second))
    assert code == 1 and "saved, but the search index could not be updated" in err
    assert "search index is behind the store" in run(capsys, "--db", db, "check")[1]
    monkeypatch.setattr(indexing, "LAG_CATCH_UP", 10, raising=False)
    return db


def test_check_says_what_is_behind_that_it_is_not_damage_and_what_to_run(capsys, lagging):
    code, out, _ = run(capsys, "--db", lagging, "check")
    (problem,) = [line for line in out.splitlines() if line.startswith("problem")]
    assert code == 1 and "search index is behind the store by 40 articles" in problem
    assert "not damage" in problem and "they are saved" in problem and "'factdesk check --fix'" in problem
    code, out, _ = run(capsys, "--db", lagging, "check", "--fix")
    assert code == 0 and out.rstrip().endswith("OK")


def test_check_tells_a_missing_and_a_damaged_index_apart_from_a_lag(capsys, lagging):
    index = Path(lagging).parent / "factdesk.json.d" / "index"
    victim = next(p for p in sorted(index.iterdir()) if p.name != "manifest.json" and p.stat().st_size > 16)
    victim.write_bytes(b"garbage!" + victim.read_bytes()[8:])
    out = run(capsys, "--db", lagging, "check")[1]
    assert "search index is damaged or unreadable" in out and "not damage" not in out
    for path in index.iterdir():
        path.unlink()
    out = run(capsys, "--db", lagging, "check")[1]
    assert "search index is missing (not damage" in out


def test_check_says_an_index_of_another_state_of_the_store_is_out_of_date_not_damaged(capsys, lagging, tmp_path):
    import shutil

    other = str(tmp_path / "other" / "factdesk.json")
    write_jsonl(tmp_path / "c.jsonl", 3, prefix="丙")
    assert run(capsys, "--db", other, "ingest", str(tmp_path / "c.jsonl"))[0] == 0
    assert run(capsys, "--db", other, "search", "丙1号")[0] == 0
    index = Path(lagging).parent / "factdesk.json.d" / "index"
    shutil.rmtree(index)
    shutil.copytree(Path(other).parent / "factdesk.json.d" / "index", index)
    out = run(capsys, "--db", lagging, "check")[1]
    assert "search index is out of date: it was built for another state of the store (not damage" in out


def test_the_next_search_brings_a_lagging_index_up_to_date_and_says_so(capsys, lagging):
    code, out, err = run(capsys, "--db", lagging, "search", "乙39号")
    assert code == 0 and "乙39号" in out
    assert len(err.splitlines()) == 1 and "40 articles behind" in err and "brought up to date" in err
    assert run(capsys, "--db", lagging, "check")[0] == 0
    assert run(capsys, "--db", lagging, "search", "乙3号")[2] == ""  # said once


def test_a_lag_the_disk_cannot_take_is_said_the_search_still_answers_and_nothing_is_left(capsys, lagging,
                                                                                         monkeypatch):
    from store.search.index import SearchIndex

    before = sorted(p.name for p in (Path(lagging).parent / "factdesk.json.d" / "index").iterdir())
    real_update = SearchIndex.update

    def half_then_full(self, *args, **kwargs):  # writes part of a segment, then the disk is full
        (self.directory / "s0000deadbeef.tri.runc").write_bytes(b"\0" * 1000)
        _full()

    monkeypatch.setattr(SearchIndex, "update", half_then_full)
    code, out, err = run(capsys, "--db", lagging, "search", "乙39号")
    assert code == 0 and "乙39号" in out
    assert len(err.splitlines()) == 1 and "cannot be brought up to date" in err and "disk is full" in err
    assert sorted(p.name for p in (Path(lagging).parent / "factdesk.json.d" / "index").iterdir()) == before
    monkeypatch.setattr(SearchIndex, "update", real_update)
    assert run(capsys, "--db", lagging, "check", "--fix")[0] == 0
    assert run(capsys, "--db", lagging, "check")[0] == 0


def test_a_small_lag_is_read_around_without_a_word(capsys, lagging, monkeypatch):
    monkeypatch.setattr(indexing, "LAG_CATCH_UP", 500, raising=False)
    code, out, err = run(capsys, "--db", lagging, "search", "乙39号")
    assert code == 0 and "乙39号" in out and err == ""


def test_a_damaged_index_built_again_by_a_search_is_said_once(capsys, seeded, store_path):
    db = str(store_path)
    assert run(capsys, "--db", db, "search", "重庆")[0] == 0  # the index exists
    index = store_path.with_name(store_path.name + ".d") / "index"
    biggest = max((p for p in index.iterdir() if p.name != "manifest.json"), key=lambda p: p.stat().st_size)
    data = bytearray(biggest.read_bytes())
    data[len(data) // 2:len(data) // 2 + 64] = b"\xff" * 64
    biggest.write_bytes(bytes(data))
    code, out, err = run(capsys, "--db", db, "search", "重庆")
    assert code == 0 and "重庆" in out
    assert len(err.splitlines()) == 1 and "search index was damaged" in err and "built again" in err, err
    assert run(capsys, "--db", db, "search", "重庆")[2] == ""


def test_a_missing_index_is_built_by_a_search_without_a_word(capsys, seeded, store_path):
    import shutil

    shutil.rmtree(store_path.with_name(store_path.name + ".d") / "index", ignore_errors=True)
    code, out, err = run(capsys, "--db", str(store_path), "search", "重庆")
    assert code == 0 and "重庆" in out and err == ""


@pytest.mark.parametrize("damage", [b"", b"\xbc\x9a\x00garbage", b'{"format": 13, "segm'], ids=["empty", "garbage", "cut"])
def test_a_damaged_manifest_is_said_in_words_naming_the_file(capsys, seeded, store_path, damage):
    """Not 'index unreadable: UnicodeDecodeError: 'utf-8' codec can't decode
    byte 0xbc…' (walk21): which file, and that it is damaged."""
    db = str(store_path)
    assert run(capsys, "--db", db, "search", "重庆")[0] == 0  # the index exists
    (store_path.with_name(store_path.name + ".d") / "index" / "manifest.json").write_bytes(damage)
    code, out, err = run(capsys, "--db", db, "search", "重庆")
    assert code == 0 and "重庆" in out
    assert len(err.splitlines()) == 1 and "index file manifest.json is damaged" in err and "built again" in err, err
    assert "Error" not in err and "codec" not in err and "char " not in err, err
