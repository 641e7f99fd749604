"""A second `factdesk ingest` into a file store another process is writing
waits at most `--wait SECONDS` (default 60), then says so in one line and
exits 1: nothing added, nothing lost, the same command run again later adds
it.  It waited five minutes, saying only that it waited, and found the lock
held only at its commit, after it had read its input (standard input then
gone with it) and extracted every figure; it now waits before it reads."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from store import IngestStopped, StoreLockedError, open_store
from store.ingest.pipeline import finish_after_ingest, IngestReport
from tests.helpers_cli import REPO, child_env, factdesk, write_jsonl

HOLD_LOCK = """
import sys, time
from pathlib import Path
from store.db.locking import write_lock

with write_lock(Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""


@pytest.fixture
def db(tmp_path: Path) -> Path:
    write_jsonl(tmp_path / "first.jsonl", 2, prefix="旧文章", seed=1)
    db = tmp_path / "s.json"
    assert factdesk(db, "ingest", str(tmp_path / "first.jsonl")).returncode == 0
    return db


@pytest.fixture
def holder(db: Path):
    proc = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db), "60"], stdout=subprocess.PIPE,
                            env=child_env(), cwd=REPO)
    assert proc.stdout.readline() == b"held\n"
    yield proc
    proc.kill()
    proc.wait()


def _articles(db: Path) -> int:
    return open_store(db, seed=False).counts()["articles"]


def test_a_second_ingest_gives_up_after_wait_seconds_with_one_line_and_adds_nothing(db, holder, tmp_path):
    write_jsonl(tmp_path / "late.jsonl", 2, prefix="晚文章", seed=6)
    started = time.monotonic()
    proc = factdesk(db, "ingest", "--wait", "2", str(tmp_path / "late.jsonl"))
    took = time.monotonic() - started
    err = proc.stderr.decode()
    assert proc.returncode == 1 and 2 <= took < 20, (took, err)
    assert "Traceback" not in err and proc.stdout == b""
    waiting, last = err.splitlines()
    assert f"(pid {holder.pid}, since" in waiting and "waiting up to 2 s" in waiting
    assert last.startswith("factdesk: ") and f"(pid {holder.pid}, since" in last
    assert "gave up after 2 s; nothing was added; run the command again when it has finished, " \
           "or with a longer --wait" in last
    holder.kill()
    holder.wait()
    assert _articles(db) == 2  # nothing of it was added …
    again = factdesk(db, "ingest", str(tmp_path / "late.jsonl"))
    assert again.returncode == 0 and _articles(db) == 4  # … and nothing lost: the same command adds it


def test_wait_0_does_not_wait_and_leaves_standard_input_unread(db, holder):
    started = time.monotonic()
    proc = factdesk(db, "ingest", "--wait", "0", "-", stdin='{"title": "新文章", "body": "增长5%。"}\n'.encode())
    assert proc.returncode == 1 and time.monotonic() - started < 15
    (line,) = proc.stderr.decode().splitlines()
    assert "it was not waited for; nothing was read from standard input nor added" in line


def test_an_ingest_waits_while_the_other_writer_ends_within_the_bound(db, tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db), "3"], stdout=subprocess.PIPE,
                              env=child_env(), cwd=REPO)
    try:
        assert holder.stdout.readline() == b"held\n"
        write_jsonl(tmp_path / "late.jsonl", 2, prefix="晚文章", seed=6)
        proc = factdesk(db, "ingest", "--wait", "30", str(tmp_path / "late.jsonl"))
        assert proc.returncode == 0, proc.stderr
        assert "waiting up to 30 s" in proc.stderr.decode() and _articles(db) == 4
    finally:
        holder.kill()
        holder.wait()


@pytest.mark.parametrize("value", ["abc", "-1", "nan", "inf"])
def test_a_wait_that_is_no_number_of_seconds_is_one_usage_line(db, value):
    proc = factdesk(db, "ingest", f"--wait={value}", "x.jsonl")
    assert proc.returncode == 2
    assert proc.stderr.decode().splitlines()[-1] == (
        f"factdesk: argument --wait: not a number of seconds: {value!r} (60, 0 for not at all)")


def test_the_help_says_the_bound_and_its_default(capsys):
    from tests.test_cli import run

    with pytest.raises(SystemExit):
        run(capsys, "ingest", "--help")
    text = " ".join(capsys.readouterr().out.split())
    assert "--wait SECONDS" in text and "(default 60; 0: not at all)" in text and "nothing is lost" in text


def test_a_writer_coming_in_after_the_commit_leaves_the_files_said_saved():
    """The index brought up to date after the commit waits for the lock too:
    giving up there, the line says the files are saved, never only that it
    gave up (which read as nothing ingested)."""
    report = IngestReport()
    report.ingested_sources.append("late.jsonl")

    def finish() -> None:
        raise StoreLockedError("s.json: another factdesk process (pid 7) is writing to the store; gave up after 2 s")

    with pytest.raises(IngestStopped) as stop:
        finish_after_ingest(report, finish, "s.json")
    assert "gave up after 2 s; the 1 file ingested is saved, but the search index and series table were not " \
           "brought up to date" in str(stop.value)
