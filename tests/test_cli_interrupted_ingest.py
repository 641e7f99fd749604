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
    assert f"stopped at {files[2]}: not saved" in err and "saved before it: 2 file(s)" in err
    if as_json:
        record = json.loads(out)
        assert record["ingested"] == ["a.jsonl", "b.jsonl"] and record["not_ingested"] == [str(files[2]), str(files[3])]
    else:
        assert "ingested   2 file(s): 6 article(s)" in out
    monkeypatch.undo()
    assert len(run(capsys, "--db", db, "articles")[1].splitlines()) == 6


def test_ctrl_c_at_the_first_file_is_the_plain_line(capsys, tmp_path, files, monkeypatch):
    _interrupt_at(monkeypatch, "a.jsonl")
    code, out, err = run(capsys, "--db", str(tmp_path / "s.json"), "ingest", *map(str, files))
    assert code == 130 and out == "" and err == "factdesk: interrupted; the store is unchanged by the unfinished step\n"

