"""Ctrl+C in a multi-file ingest: each file is its own commit, so what was
saved before it stays saved; the command says so as a full disk does (the
report of the saved files, then one line naming where it stopped and what
was not ingested), exit 130."""

from __future__ import annotations

import json

import pytest

from tests.helpers_cli import write_jsonl
from tests.test_cli import run


@pytest.fixture
def files(tmp_path):
    paths = [tmp_path / f"{name}.jsonl" for name in ("a", "b", "c", "d")]
    for n, path in enumerate(paths):
        write_jsonl(path, 3, prefix=f"文{n}号", seed=n)
    return paths


def _interrupt_at(monkeypatch, file_name: str) -> None:
    from store.ingest import pipeline

    real = pipeline._ingest_file

    def ingest_file(store, path, *args, **kwargs):
        if path.name == file_name:
            raise KeyboardInterrupt
        return real(store, path, *args, **kwargs)

    monkeypatch.setattr(pipeline, "_ingest_file", ingest_file)


@pytest.mark.parametrize("as_json", [False, True])
def test_ctrl_c_at_the_third_file_says_the_two_saved_and_the_two_not(capsys, tmp_path, files, monkeypatch, as_json):
    _interrupt_at(monkeypatch, "c.jsonl")
    db = str(tmp_path / "store" / "factdesk.json")
    code, out, err = run(capsys, "--db", db, "ingest", *(["--json"] if as_json else []), *map(str, files))
    assert code == 130 and len(err.splitlines()) == 1
    assert f"stopped at {files[2]}: not saved" in err and "saved before it: 2 files" in err
    if as_json:
        record = json.loads(out)
        assert record["ingested"] == ["a.jsonl", "b.jsonl"] and record["not_ingested"] == [str(files[2]), str(files[3])]
    else:
        assert "ingested   2 files: 6 articles" in out
    monkeypatch.undo()
    assert len(run(capsys, "--db", db, "articles")[1].splitlines()) == 6


def test_ctrl_c_at_the_first_file_is_the_plain_line(capsys, tmp_path, files, monkeypatch):
    _interrupt_at(monkeypatch, "a.jsonl")
    code, out, err = run(capsys, "--db", str(tmp_path / "s.json"), "ingest", *map(str, files))
    assert code == 130 and out == "" and err == "factdesk: interrupted; the store is unchanged by the unfinished step\n"



def _interrupt_after_commit_of(monkeypatch, db: str, commit: int) -> None:
    """Ctrl+C lands just after the ``commit``-th rename of the main file (the
    commit point): that file is saved, only its index update was cut short."""
    import store.db.transaction as transaction

    real, seen = transaction.atomic_write, []

    def atomic_write(path, data):
        real(path, data)
        if str(path) == db:
            seen.append(path)
            if len(seen) == commit:
                raise KeyboardInterrupt

    monkeypatch.setattr(transaction, "atomic_write", atomic_write)


def test_ctrl_c_just_after_the_third_file_was_committed_counts_it_saved_and_the_two_before(
        capsys, tmp_path, files, monkeypatch):
    db = str(tmp_path / "store" / "factdesk.json")
    _interrupt_after_commit_of(monkeypatch, db, 4)  # the first commit creates the empty store
    code, out, err = run(capsys, "--db", db, "ingest", *map(str, files))
    assert code == 130 and len(err.splitlines()) == 1, err
    assert f"stopped at {files[2]} (saved)" in err and "saved before it: 2 files" in err, err
    assert "ingested   3 files: 9 articles" in out, out
    monkeypatch.undo()
    assert len(run(capsys, "--db", db, "articles")[1].splitlines()) == 9


def test_ctrl_c_while_the_search_index_is_built_at_the_end_reports_every_file_saved(
        capsys, tmp_path, files, monkeypatch):
    """The files are all committed; the store is not 'unchanged', and the
    user must not be led to ingest them again."""
    from store.db.store import Store

    def prepare_series(self, seen=None):  # the last step, after the search index
        raise KeyboardInterrupt

    monkeypatch.setattr(Store, "prepare_series", prepare_series)
    db = str(tmp_path / "store" / "factdesk.json")
    code, out, err = run(capsys, "--db", db, "ingest", *map(str, files))
    assert code == 130 and len(err.splitlines()) == 1, err
    assert "unchanged" not in err and "the 4 files ingested are saved" in err, err
    assert "'factdesk check --fix'" in err
    assert "ingested   4 files: 12 articles" in out, out
    monkeypatch.undo()
    assert len(run(capsys, "--db", db, "articles")[1].splitlines()) == 12
