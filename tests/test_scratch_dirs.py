"""A process killed while it builds a private index segment (the articles
an index lags behind) leaves its scratch folder in the temporary directory;
the next one removes the folders of processes that are gone, and never a
running one's."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from store.search import scratch_dir


@pytest.fixture
def tmp_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(scratch_dir, "_swept", set())
    return tmp_path


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _left(root: Path, name: str) -> Path:
    path = root / name
    path.mkdir()
    (path / "s.delta.norm").write_bytes(b"\0" * 4096)
    return path


def test_a_killed_processs_scratch_folder_goes_and_a_running_ones_stays(tmp_root: Path) -> None:
    dead = _left(tmp_root, f"factdesk-delta-{_dead_pid()}-abc")
    running = _left(tmp_root, f"factdesk-delta-{os.getppid()}-def")
    mine = tmp_root / "factdesk-delta-notes"  # a user's folder of that name, new: left alone
    mine.mkdir()
    with scratch_dir.scratch_dir() as scratch:
        assert scratch.name.startswith(f"factdesk-delta-{os.getpid()}-") and scratch.is_dir()
    assert not scratch.exists()
    assert not dead.exists() and running.exists() and mine.exists()


def test_an_unnamed_scratch_folder_of_an_earlier_version_goes_once_a_day_old(tmp_root: Path) -> None:
    old = _left(tmp_root, "factdesk-delta-9kw8jtvk")
    day_ago = time.time() - 2 * 86_400
    os.utime(old, (day_ago, day_ago))
    fresh = _left(tmp_root, "factdesk-delta-x1y2z3w4")
    other = _left(tmp_root, "factdesk-delta-my-notes")  # not a name factdesk gives, however old
    os.utime(other, (day_ago, day_ago))
    with scratch_dir.scratch_dir():
        pass
    assert not old.exists() and fresh.exists() and other.exists()


def test_a_private_segment_leaves_no_folder_behind(tmp_root: Path) -> None:
    from store.search.index import private_segment

    private_segment([])  # no documents: still a segment, built and mapped
    assert not [p for p in tmp_root.iterdir() if p.name.startswith("factdesk-delta-")]
