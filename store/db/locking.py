"""The store's single-writer lock and its side folder.

One writer at a time holds ``<store>.lock`` (a file lock); readers never
take it.  A writer that waits for it longer than LOCK_NOTICE_AFTER says so
once on stderr, naming the holder.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from store.errors import StoreError, StoreLockedError, os_error

LOCK_TIMEOUT = 300.0
LOCK_NOTICE_AFTER = 1.0   # waiting longer than this is said on stderr


@contextmanager
def write_lock(path: Path, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """Hold the store's single-writer lock (``<store>.lock``).  Waiting for
    it longer than LOCK_NOTICE_AFTER is said once on stderr, naming the
    holder (``<store>.lock.holder``: its pid and since when); ``timeout=0``
    tries once (StoreLockedError when it is held)."""
    from filelock import FileLock, Timeout

    lock_path = Path(str(path) + ".lock")
    lock = FileLock(str(lock_path))
    try:
        try:
            lock.acquire(timeout=min(timeout, LOCK_NOTICE_AFTER))
        except Timeout:
            if timeout <= LOCK_NOTICE_AFTER:
                raise
            _say_waiting(lock_path)
            lock.acquire(timeout=timeout - LOCK_NOTICE_AFTER)
    except Timeout:
        raise StoreLockedError(f"{path}: another factdesk process is writing; gave up after {timeout:.0f} s") from None
    except OSError as err:
        raise _lock_error(lock_path, err) from None
    holder = Path(str(lock_path) + ".holder")
    try:
        holder.write_text(f"{os.getpid()} {time.strftime('%Y-%m-%d %H:%M:%S', time.localtime())}\n")
    except OSError:
        pass  # only the waiting notice reads it
    try:
        yield
    finally:
        try:
            holder.unlink()
        except OSError:
            pass
        lock.release()


def _say_waiting(lock_path: Path) -> None:
    """One line on stderr: who holds the lock we are waiting for."""
    try:
        pid, since = Path(str(lock_path) + ".holder").read_text().split(" ", 1)
        who = f"held by pid {pid} since {since.strip()}"
    except (OSError, ValueError):
        who = "held by another factdesk process"
    sys.stderr.write(f"factdesk: waiting for the write lock {who} ({lock_path})\n")
    sys.stderr.flush()


def _lock_error(lock_path: Path, err: OSError) -> StoreError:
    """Why the lock file cannot be taken, in one line."""
    try:
        if lock_path.is_symlink():
            return StoreError(f"{lock_path}: the lock file is a symbolic link; remove it (no factdesk makes one)")
        if lock_path.is_dir():
            return StoreError(f"{lock_path}: the lock file is a directory; remove it (no factdesk makes one)")
    except OSError:  # the name itself is the problem (too long …): say so below
        pass
    return os_error(err, lock_path, "cannot take the write lock")


def make_sidecar(directory: Path) -> None:
    """Create the store's side folder (shards, index), one line if it cannot be."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise os_error(err, directory, "cannot create the store's folder") from None
