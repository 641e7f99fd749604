"""An ingest killed with kill -9, or stopped with Ctrl-C (the terminal
signals the whole process group), leaves nothing on the terminal but its
one line: the extraction pool's resource tracker, which outlives a killed
writer to remove the pool's semaphores, does so without warning about
"leaked semaphore objects" after the prompt is back."""

from __future__ import annotations

import os
import signal
import subprocess
import time

import pytest

from tests.helpers_cli import child_env, factdesk_command, write_jsonl


def _workers_started(pid: int) -> bool:
    """The writer has children: the resource tracker, a forkserver, workers."""
    try:
        children = (f"/proc/{pid}/task/{pid}/children")
        return len(open(children).read().split()) >= 2
    except OSError:
        return False


@pytest.mark.skipif(not os.path.exists(f"/proc/{os.getpid()}/task/{os.getpid()}/children"),
                    reason="needs Linux /proc to see the workers start")
@pytest.mark.parametrize("how", ["kill -9", "ctrl-c"])
def test_a_killed_or_interrupted_ingest_prints_no_leaked_semaphore_warning(tmp_path, how):
    source = tmp_path / "many.jsonl"
    write_jsonl(source, 1500, seed=3)
    cmd = factdesk_command() + ["--db", str(tmp_path / "store" / "factdesk.json"), "ingest", "--jobs", "2", str(source)]
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=child_env(), start_new_session=True)
    deadline = time.monotonic() + 120
    while proc.poll() is None and not _workers_started(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    if proc.poll() is not None:
        pytest.skip("the ingest finished before its workers were seen")
    time.sleep(1.0)  # the pool is at work
    if how == "kill -9":
        proc.send_signal(signal.SIGKILL)
    else:
        os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=120)  # until every process holding the pipe (the tracker too) is gone
    text = err.decode("utf-8", "replace")
    assert "leaked" not in text and "resource_tracker" not in text and "Traceback" not in text, text
    if how == "ctrl-c":
        assert proc.returncode == 130 and len(text.splitlines()) == 1, text
    else:
        assert text == ""
