"""A full disk at each step of a commit (fault54): the disk-full tests
(small_disk, a 1.5 MB tmpfs) fill it wherever the data happens to run
out; here each fsync, rename and folder creation of one ingest into a
store that holds five articles fails in turn with ENOSPC — the shards,
the catalog segment, the main file, the search index and its side
files.  Whichever step it is: one line, exit 0 or 1, the store holds the
five articles (the line says it was left as it was) or all ten (the line
says they were saved, or the step was a cache's), and after 'check --fix'
it checks OK with the same articles."""

from __future__ import annotations

import errno
import json
import os
import shutil

import pytest

from tui.cli import main

STEPS = 60
_FAILING = ("fsync", "replace", "rename", "mkdir")


def _feed(path, prefix: str) -> None:
    path.write_text("".join(json.dumps({"title": f"{prefix}{i}", "body": f"工业增加值增长{i}.2%。进口{i}万吨。",
                                        "date": "2024-05-02"}, ensure_ascii=False) + "\n" for i in range(5)),
                    encoding="utf-8")


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    folder = tmp_path_factory.mktemp("base")
    _feed(folder / "a.jsonl", "甲")
    _feed(folder / "b.jsonl", "乙")
    assert main(["--db", str(folder / "s.json"), "ingest", str(folder / "a.jsonl")]) == 0
    return folder


def _titles(db, capsys) -> list[str]:
    capsys.readouterr()
    assert main(["--db", str(db), "articles", "--json"]) == 0
    return sorted(json.loads(line)["title"] for line in capsys.readouterr().out.splitlines())


@pytest.mark.parametrize("step", range(1, STEPS + 1))
def test_a_full_disk_at_any_step_of_a_commit_is_one_line_and_leaves_a_whole_store(base, tmp_path, capsys,
                                                                                   monkeypatch, step):
    work = tmp_path / "w"
    shutil.copytree(base, work)
    db = work / "s.json"
    capsys.readouterr()
    calls = [0]
    real = {name: getattr(os, name) for name in _FAILING}

    def failing(name):
        def call(*args, **kwargs):
            calls[0] += 1
            if calls[0] == step:
                raise OSError(errno.ENOSPC, "No space left on device")
            return real[name](*args, **kwargs)
        return call

    for name in _FAILING:
        monkeypatch.setattr(os, name, failing(name))
    code = main(["--db", str(db), "ingest", "--jobs", "1", str(work / "b.jsonl")])
    monkeypatch.undo()
    if calls[0] < step:
        pytest.skip(f"the ingest made {calls[0]} such calls")
    err = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert "Traceback" not in "\n".join(err)
    titles = _titles(db, capsys)
    assert titles in ([f"甲{i}" for i in range(5)], sorted([f"甲{i}" for i in range(5)] + [f"乙{i}" for i in range(5)]))
    if code == 0:
        assert len(titles) == 10 and err == [], err
    else:
        assert code == 1 and len(err) == 1 and "the disk is full" in err[0], err
        assert ("left as it was" in err[0]) == (len(titles) == 5), err
    assert main(["--db", str(db), "check", "--fix"]) == 0
    assert main(["--db", str(db), "check"]) == 0 and _titles(db, capsys) == titles
