"""Memory running out in a write (``ulimit -v``, a container's cap) is one
line that says whether the change was saved, exit 1 — never "internal error:
MemoryError:" (exit 70), which said nothing of the articles an ingest had just
committed before its search index update ran out (round 52's fault campaign:
`ulimit -v 300000; FACTDESK_JOBS=1 factdesk ingest` of 3,000 records)."""

from __future__ import annotations

import pytest

from tests.helpers_cli import write_jsonl
from tests.test_cli import run


@pytest.fixture
def feed(tmp_path):
    path = tmp_path / "a.jsonl"
    write_jsonl(path, 3, prefix="文号", seed=1)
    return path


def test_out_of_memory_after_the_commit_says_the_articles_are_saved(capsys, tmp_path, feed, monkeypatch):
    import store.db.transaction as transaction

    db = str(tmp_path / "store" / "s.json")
    real = transaction.hand_over

    def hand_over(spool, target, old_token, added, *rest):  # the index update that follows the commit point
        if len(added):  # (not the first commit, which makes the empty store)
            raise MemoryError
        return real(spool, target, old_token, added, *rest)

    monkeypatch.setattr(transaction, "hand_over", hand_over)
    code, out, err = run(capsys, "--db", db, "ingest", str(feed))
    assert code == 1 and len(err.splitlines()) == 1, err
    assert "saved, but its search index or series table could not be brought up to date (out of memory" in err, err
    assert "))" not in err, err
    assert "check --fix" in err and "Traceback" not in err and "internal error" not in err
    monkeypatch.undo()
    assert len(run(capsys, "--db", db, "articles")[1].splitlines()) == 3  # nothing lost


def test_out_of_memory_before_the_commit_says_the_store_was_left_as_it_was(capsys, tmp_path, feed, monkeypatch):
    import store.db.transaction as transaction

    db = str(tmp_path / "store" / "s.json")
    assert run(capsys, "--db", db, "ingest", str(feed))[0] == 0
    other = tmp_path / "b.jsonl"
    write_jsonl(other, 2, prefix="别号", seed=2)

    def atomic_write(path, data):  # memory runs out before the commit point
        raise MemoryError

    monkeypatch.setattr(transaction, "atomic_write", atomic_write)
    code, out, err = run(capsys, "--db", db, "ingest", str(other))
    assert code == 1 and len(err.splitlines()) == 1, err
    assert "cannot write the store (out of memory" in err and "it was left as it was" in err, err
    assert "))" not in err, err                 # one bracket, not a bracket inside a bracket
    monkeypatch.undo()
    assert len(run(capsys, "--db", db, "articles")[1].splitlines()) == 3


@pytest.mark.parametrize("error", [
    MemoryError(),
    # numpy's import under ulimit -v: a page of advice around the loader's "failed to map segment"
    ImportError("IMPORTANT: PLEASE READ THIS FOR ADVICE … Original error was: libscipy_openblas64_.so: "
                "failed to map segment from shared object"),
])
def test_memory_running_out_outside_a_write_is_one_line(capsys, tmp_path, monkeypatch, error):
    import tui.cli as cli

    def search(args):
        raise error

    monkeypatch.setitem(cli.COMMANDS, "search", search)
    code, out, err = run(capsys, "--db", str(tmp_path / "s.json"), "search", "产量")
    assert code == 1 and err.splitlines() == ["factdesk: out of memory (a memory limit such as ulimit -v, or the machine's)"]


def test_a_module_that_cannot_load_says_reinstall(capsys, tmp_path, monkeypatch):
    import tui.cli as cli

    def search(args):
        raise ModuleNotFoundError("No module named 'numpy'", name="numpy")

    monkeypatch.setitem(cli.COMMANDS, "search", search)
    code, out, err = run(capsys, "--db", str(tmp_path / "s.json"), "search", "产量")
    assert code == 1 and len(err.splitlines()) == 1 and "cannot load numpy" in err and "reinstall" in err, err


def test_openblas_keeps_one_thread_in_the_command() -> None:
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    out = subprocess.run([sys.executable, "-c", "import os, tui.cli; print(os.environ['OPENBLAS_NUM_THREADS'])"],
                         env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "1"
