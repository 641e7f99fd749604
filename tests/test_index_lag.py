"""An index left far behind the store (an ingest saved its articles but a
full disk stopped the index update), missing or damaged is never written by
a reader (issue 12): a search reads around it — the articles it lacks, or
without it every article of a small store — says so in one line and leaves
the index as it is; `check --fix` or the next ingest brings it up to date."""

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
    (problem,) = [line for line in out.splitlines() if line.startswith("problem") and "search index" in line]
    assert code == 1 and "search index is behind the store by 40 articles" in problem
    assert "not damage" in problem and "they are saved" in problem and "'factdesk check --fix'" in problem
    code, out, _ = run(capsys, "--db", lagging, "check", "--fix")
    assert code == 0 and out.rstrip().endswith("OK")


def test_check_tells_a_missing_and_a_damaged_index_apart_from_a_lag(capsys, lagging):
    index = Path(lagging).parent / "factdesk.json.d" / "index"
    victim = next(p for p in sorted(index.iterdir()) if p.name != "manifest.json" and p.stat().st_size > 16)
    victim.write_bytes(b"garbage!" + victim.read_bytes()[8:])
    out = "\n".join(line for line in run(capsys, "--db", lagging, "check")[1].splitlines() if "index" in line)
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


def index_state(db: str) -> dict[str, tuple[int, int]]:
    """Every index file's (mtime, size): what a reader must leave as it is."""
    index = Path(db).parent / "factdesk.json.d" / "index"
    return {p.name: (p.stat().st_mtime_ns, p.stat().st_size) for p in sorted(index.iterdir())}


def test_a_search_reads_around_a_lagging_index_says_so_once_and_writes_nothing(capsys, lagging):
    before = index_state(lagging)
    code, out, err = run(capsys, "--db", lagging, "search", "乙39号")
    assert code == 0 and "乙39号" in out
    assert len(err.splitlines()) == 1 and "search index is 40 articles behind the store" in err, err
    assert "searching them one by one" in err and "the disk was full" in err  # the cause the ingest left
    assert "free some space and run 'factdesk check --fix'" in err
    assert index_state(lagging) == before
    assert "search index is behind the store" in run(capsys, "--db", lagging, "check")[1]  # still behind
    code, out, _ = run(capsys, "--db", lagging, "check", "--fix")
    assert code == 0 and out.rstrip().endswith("OK")
    assert run(capsys, "--db", lagging, "search", "乙3号")[2] == ""  # up to date: nothing to say


def test_past_the_time_budget_a_lagging_index_answers_from_what_was_read_and_says_what_was_not(capsys, lagging,
                                                                                                monkeypatch):
    """Reading the articles an index lacks costs about a millisecond each:
    past SCAN_SECONDS the search answers from the index and what it read,
    says in one line how many it left out and what brings the index up to
    date; it still exits 0 when it found something, and 1 when it found
    nothing (that is no "no match": the rest was not searched)."""
    monkeypatch.setattr(indexing, "SCAN_SECONDS", 0.0)
    before = index_state(lagging)
    code, out, err = run(capsys, "--db", lagging, "search", "甲1号")
    assert code == 0 and "甲1号" in out
    assert len(err.splitlines()) == 1, err
    assert "40 articles committed since the search index was last updated were not searched" in err
    assert "the disk was full" in err and "free some space and run 'factdesk check --fix'" in err
    code, out, err = run(capsys, "--db", lagging, "search", "乙39号")
    assert code == 1 and out == ""
    lines = err.splitlines()
    assert len(lines) == 2 and "were not searched" in lines[0] and "no match" not in err, err
    assert lines[1] == "nothing found in the articles searched; the others were not searched (see above)"
    assert index_state(lagging) == before


def test_a_small_lag_is_read_around_and_the_stopped_ingest_said_in_one_line(capsys, lagging, monkeypatch):
    """A lag no writer explains (a commit landing as the search reads) is read
    around without a word; one an ingest stopped by a full disk left is said,
    with its cause (it stays until check --fix or the next ingest)."""
    monkeypatch.setattr(indexing, "LAG_CATCH_UP", 500, raising=False)
    code, out, err = run(capsys, "--db", lagging, "search", "乙39号")
    assert code == 0 and "乙39号" in out
    [line] = err.splitlines()
    assert "the last ingest could not update it: the disk was full" in line
    (Path(lagging).parent / "factdesk.json.d" / indexing.BEHIND).unlink()
    code, out, err = run(capsys, "--db", lagging, "search", "乙39号")
    assert code == 0 and "乙39号" in out and err == ""


def test_a_damaged_index_is_said_at_each_search_its_files_kept_and_check_fix_builds_it(capsys, seeded,
                                                                                        store_path):
    db = str(store_path)
    assert run(capsys, "--db", db, "check", "--fix")[0] == 0  # the index exists
    index = store_path.with_name(store_path.name + ".d") / "index"
    biggest = max((p for p in index.iterdir() if p.name != "manifest.json"), key=lambda p: p.stat().st_size)
    data = bytearray(biggest.read_bytes())
    data[len(data) // 2:len(data) // 2 + 64] = b"\xff" * 64
    biggest.write_bytes(bytes(data))
    before = index_state(db)
    for _ in range(2):
        code, out, err = run(capsys, "--db", db, "search", "重庆")
        assert code == 0 and "重庆" in out
        assert len(err.splitlines()) == 1 and "search index is damaged" in err and biggest.name in err, err
        assert "left as they are" in err and "searching every article without it" in err, err
        assert "'factdesk check --fix' (or the next ingest) builds it" in err
    assert index_state(db) == before  # kept for check to find, never rebuilt or removed by a reader
    assert "damaged" in run(capsys, "--db", db, "check")[1]
    assert run(capsys, "--db", db, "check", "--fix")[0] == 0
    assert run(capsys, "--db", db, "search", "重庆")[2] == ""


def test_a_missing_index_is_searched_without_it_said_in_one_line_and_not_built(capsys, seeded, store_path):
    import shutil

    index = store_path.with_name(store_path.name + ".d") / "index"
    shutil.rmtree(index, ignore_errors=True)
    code, out, err = run(capsys, "--db", str(store_path), "search", "重庆")
    assert code == 0 and "重庆" in out
    assert len(err.splitlines()) == 1 and "search index is missing: searching every article without it" in err, err
    assert "pinyin such as cq matches nothing" in err and "'factdesk check --fix' (or the next ingest)" in err
    assert not index.exists()


@pytest.mark.parametrize("damage", [b"", b"\xbc\x9a\x00garbage", b'{"format": 13, "segm'], ids=["empty", "garbage", "cut"])
def test_a_damaged_manifest_is_said_in_words_naming_the_file(capsys, seeded, store_path, damage):
    """Not 'index unreadable: UnicodeDecodeError: 'utf-8' codec can't decode
    byte 0xbc…' (walk21): which file, and that it is damaged."""
    db = str(store_path)
    assert run(capsys, "--db", db, "check", "--fix")[0] == 0  # the index exists
    (store_path.with_name(store_path.name + ".d") / "index" / "manifest.json").write_bytes(damage)
    code, out, err = run(capsys, "--db", db, "search", "重庆")
    assert code == 0 and "重庆" in out
    assert len(err.splitlines()) == 1 and "index file manifest.json is damaged" in err and "builds it" in err, err
    assert "Error" not in err and "codec" not in err and "char " not in err, err
