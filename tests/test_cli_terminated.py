"""A plain ``kill`` (SIGTERM: ``timeout``, a service manager, a container
stopped) ends a command as Ctrl-C does: one line saying what was saved,
exit 143 — it ended the process where it stood, without a word."""

from __future__ import annotations

import signal
import subprocess
import time

from tests.helpers_cli import child_env, factdesk, factdesk_command, write_jsonl


def test_sigterm_during_an_ingest_names_the_files_saved_before_it_and_exits_143(tmp_path):
    db = tmp_path / "s.json"
    first = tmp_path / "a.jsonl"
    write_jsonl(first, 3, prefix="文号", seed=1)
    # The second input is standard input, kept open: the ingest waits there
    # once the first file is saved.
    proc = subprocess.Popen(factdesk_command() + ["--db", str(db), "ingest", str(first), "-"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=child_env())
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            listed = factdesk(db, "articles") if db.exists() else None
            if listed is not None and len(listed.stdout.splitlines()) == 3:
                break
            time.sleep(0.3)
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    lines = err.decode().splitlines()
    assert proc.returncode == 143, (out, err)
    assert len(lines) == 1 and "Traceback" not in err.decode()
    assert lines[0].startswith("factdesk: interrupted")
    # The articles are listed once the first file's commit lands; the signal comes either while the ingest
    # waits on standard input (the file saved before it) or while that commit's last steps still run (the
    # file it stopped at, saved): either way the line says the file is saved.
    assert "saved before it: 1 file" in lines[0] or f"{first} (saved)" in lines[0], lines[0]
    assert len(factdesk(db, "articles").stdout.splitlines()) == 3
    # As after Ctrl-C, the index of the saved file is left to the next search.
    assert factdesk(db, "search", "文号", "--json").stdout.count(b"\n") == 3


def test_a_closed_terminal_stops_an_ingest_as_sigterm_does_and_exits_129(tmp_path):
    """SIGHUP to the whole process group (the terminal closed, an ssh session
    dropped) ended the writer where it stood, as kill -9 does, saying
    nothing and leaving its unfinished files to the next check."""
    import os

    db = tmp_path / "s.json"
    first = tmp_path / "a.jsonl"
    write_jsonl(first, 3, prefix="文号", seed=1)
    proc = subprocess.Popen(factdesk_command() + ["--db", str(db), "ingest", "--jobs", "2", str(first), "-"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=child_env(),
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            listed = factdesk(db, "articles") if db.exists() else None
            if listed is not None and len(listed.stdout.splitlines()) == 3:
                break
            time.sleep(0.3)
        os.killpg(proc.pid, signal.SIGHUP)
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    lines = err.decode().splitlines()
    assert proc.returncode == 129, (out, err)
    assert len(lines) == 1 and lines[0].startswith("factdesk: interrupted") and "saved before it: 1 file" in lines[0]
    assert b"left behind" not in factdesk(db, "check").stdout  # the writer cleaned up after itself


def test_sigterm_to_a_command_that_only_reads_says_interrupted_and_nothing_of_the_store(tmp_path):
    """extract never opens a store: "the store is unchanged by the unfinished
    step" told a user of one that was never there."""
    proc = subprocess.Popen(factdesk_command() + ["extract", "-"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=child_env())
    try:
        _wait_reading_stdin(proc.pid)
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 143 and out == b""
    assert err.decode() == "factdesk: interrupted\n"


def _wait_reading_stdin(pid: int, timeout: float = 90) -> None:
    """Until the process blocks reading standard input (past its start-up,
    which a loaded machine can stretch for seconds): Linux's
    /proc/PID/syscall reads "0 0x0 …" (read on fd 0); elsewhere a pause."""
    from pathlib import Path

    where = Path(f"/proc/{pid}/syscall")
    if not where.exists():
        time.sleep(5)
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if where.read_text().startswith("0 0x0 "):
                return
        except OSError:
            pass
        time.sleep(0.1)
