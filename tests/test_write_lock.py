"""The store's write lock: one writer at a time, also against a writer that
takes it through the filelock library (an older factdesk), and a lock file
that cannot be used is one line."""

from __future__ import annotations

import pytest
from filelock import FileLock

from store.db.locking import write_lock
from store.errors import StoreError, StoreLockedError


def test_a_second_writer_is_refused_while_the_lock_is_held_and_admitted_after(tmp_path):
    store = tmp_path / "s.json"
    with write_lock(store), pytest.raises(StoreLockedError), write_lock(store, timeout=0):
        pass
    with write_lock(store, timeout=0):
        assert (tmp_path / "s.json.lock").exists()


def test_the_lock_excludes_and_is_excluded_by_a_filelock_writer(tmp_path):
    store = tmp_path / "s.json"
    other = FileLock(str(store) + ".lock")
    with other, pytest.raises(StoreLockedError), write_lock(store, timeout=0):
        pass
    with write_lock(store), pytest.raises(TimeoutError):
        other.acquire(timeout=0)


def test_a_refused_writer_leaves_the_lock_free_for_the_next(tmp_path):
    store = tmp_path / "s.json"
    holder = FileLock(str(store) + ".lock")
    holder.acquire()
    for _ in range(3):
        with pytest.raises(StoreLockedError), write_lock(store, timeout=0):
            pass
    holder.release()
    with write_lock(store, timeout=0):
        pass


def test_a_directory_where_the_lock_file_goes_is_one_line(tmp_path):
    store = tmp_path / "s.json"
    (tmp_path / "s.json.lock").mkdir()
    with pytest.raises(StoreError, match="lock file is a directory"), write_lock(store, timeout=0):
        pass


def test_taking_the_lock_on_posix_does_not_import_filelock(tmp_path):
    import subprocess
    import sys

    code = ("import sys; from pathlib import Path; from store.db.locking import write_lock\n"
            f"with write_lock(Path({str(tmp_path / 's.json')!r})): pass\n"
            "print('filelock' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
