"""A commit whose index build fails (a full disk) stops the child building
the series table beside it: the child's half-built table goes with it, so
check does not name it as left behind by a killed writer and the disk that
just filled up gets its space back."""

from __future__ import annotations

import os
import time

import pytest

from store.db.side_build import series_built_aside


def half_built_table(path: str, vocabulary) -> None:
    """A child's job that writes its temporary table and is then stopped."""
    series = f"{path}.d/series"
    with open(f"{series}/series.sqlite.{os.getpid()}.tmp", "wb") as temp:
        temp.write(b"\0" * 4096)
    with open(f"{series}/series.sqlite.{os.getpid()}.tmp-journal", "wb") as journal:
        journal.write(b"\0" * 512)
    open(f"{series}/ready", "w").close()
    time.sleep(60)


def test_a_failed_commit_removes_the_series_child_s_temporary_files(tmp_path):
    store = tmp_path / "s.json"
    series = tmp_path / "s.json.d" / "series"
    series.mkdir(parents=True)
    (series / "series.sqlite.1.tmp").write_bytes(b"another process's build")  # not the child's: kept
    with pytest.raises(OSError, match="No space left"):
        with series_built_aside(store, job=half_built_table):
            deadline = time.monotonic() + 60
            while not (series / "ready").exists() and time.monotonic() < deadline:
                time.sleep(0.05)
            raise OSError(28, "No space left on device")
    assert sorted(p.name for p in series.iterdir()) == ["ready", "series.sqlite.1.tmp"]
