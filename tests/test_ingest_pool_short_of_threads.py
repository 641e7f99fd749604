"""An ingest on two processes under a memory limit (fault54: ``ulimit -v``
200–320 MB, ``--jobs 2``, 3,000 articles): the process pool's manager
thread could not start its queue's feeder thread ("RuntimeError: can't
start new thread"), printed "Exception in thread …" with its traceback,
and died — no batch was ever answered, and the ingest waited for ever
holding the write lock (killed by ``timeout`` after 300 s).  Now the dead
pool is found within a second, its workers ended, and the ingest says in
one line that memory ran out and that the file was not saved (exit 1);
the files saved before it stay saved.  And numpy, whose OpenBLAS ended
the process with its own "Memory allocation still failed … giving up"
when loaded late under a limit, is loaded first under one."""

from __future__ import annotations

import json
import multiprocessing.queues
import resource
import sys
import time

import pytest

import store.ingest.extraction as extraction
from tests.helpers_cli import factdesk
from tui.cli import main


def _no_thread(self) -> None:
    raise RuntimeError("can't start new thread")


def _feed(path, n: int, prefix: str) -> None:
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            out.write(json.dumps({"title": f"{prefix}{i}", "body": f"全市生产总值增长{i % 9}.5%，出口总额{i}亿元。"},
                                 ensure_ascii=False) + "\n")


def test_a_pool_whose_thread_cannot_start_is_one_line_not_a_wait_for_ever(tmp_path, capfd, monkeypatch):
    db = tmp_path / "s.json"
    saved, big = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    _feed(saved, 3, "甲")
    _feed(big, extraction.POOL_MIN_ARTICLES + 50, "乙")
    assert main(["--db", str(db), "ingest", str(saved)]) == 0
    capfd.readouterr()
    monkeypatch.setattr(multiprocessing.queues.Queue, "_start_thread", _no_thread)
    started = time.monotonic()
    code = main(["--db", str(db), "ingest", "--jobs", "2", str(big)])
    took = time.monotonic() - started
    out, err = capfd.readouterr()
    assert code == 1 and took < 30, (code, took)
    lines = [line for line in err.splitlines() if line.strip()]
    assert "Traceback" not in err and "Exception in thread" not in err, err
    assert len(lines) == 1 and "out of memory" in lines[0] and "it was left as it was" in lines[0], lines
    monkeypatch.undo()
    listed = factdesk(db, "articles", "--json")
    assert sorted(json.loads(line)["title"] for line in listed.stdout.splitlines()) == ["甲0", "甲1", "甲2"]
    assert factdesk(db, "check").returncode == 0


def test_other_thread_errors_are_still_printed(monkeypatch):
    """Only the pool machinery's "can't start new thread" is kept quiet
    (it is said in one line by the ingest); any other thread's error goes
    to the hook that prints it, as before."""
    import threading
    from concurrent.futures.process import _ExecutorManagerThread

    heard: list[str] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: heard.append(repr(args.exc_value)))
    extraction._quiet_pool_threads()
    hook = threading.excepthook

    class Args:
        def __init__(self, thread: object, exc: BaseException) -> None:
            self.thread, self.exc_value, self.exc_type, self.exc_traceback = thread, exc, type(exc), None

    manager = object.__new__(_ExecutorManagerThread)
    hook(Args(manager, RuntimeError("can't start new thread")))
    hook(Args(manager, ValueError("a bug in the pool")))
    hook(Args(threading.current_thread(), RuntimeError("can't start new thread")))
    assert heard == ["ValueError('a bug in the pool')", 'RuntimeError("can\'t start new thread")']


def test_numpy_is_loaded_first_under_a_memory_limit_and_not_without_one(monkeypatch):
    import builtins

    from tui import entry

    loaded: list[str] = []
    real_import = builtins.__import__

    def recording(name, *args, **kwargs):
        loaded.append(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", recording)
    monkeypatch.setattr(resource, "getrlimit", lambda which: (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    entry._numpy_first_under_a_memory_limit()
    assert "numpy" not in loaded
    monkeypatch.setattr(resource, "getrlimit", lambda which: (300 << 20, resource.RLIM_INFINITY))
    entry._numpy_first_under_a_memory_limit()
    assert "numpy" in loaded


@pytest.mark.skipif(sys.platform != "linux", reason="ulimit -v is a Linux address-space limit here")
def test_a_tight_memory_limit_on_a_two_job_ingest_is_one_line_through_the_command(tmp_path):
    """Through the real command under ``ulimit -v``: whatever runs short
    (the workers, the pool's threads, the index update), the command ends
    within its time with factdesk's line, never a traceback."""
    import subprocess

    from tests.helpers_cli import child_env, factdesk_command

    db = tmp_path / "s.json"
    feed = tmp_path / "b.jsonl"
    _feed(feed, extraction.POOL_MIN_ARTICLES + 50, "乙")
    limit = 200 << 20

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    proc = subprocess.run(factdesk_command() + ["--db", str(db), "ingest", "--jobs", "2", str(feed)],
                          capture_output=True, timeout=120, env=child_env(), preexec_fn=cap, stdin=subprocess.DEVNULL)
    err = proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err and "Exception in thread" not in err, err
    if proc.returncode != 0:
        assert proc.returncode == 1 and "factdesk: " in err, (proc.returncode, err)
