"""The store's single-writer lock and its side folder.

One writer at a time holds ``<store>.lock`` (a file lock); readers never
take it.  A writer that waits for it longer than LOCK_NOTICE_AFTER says so
once on stderr, naming the holder.
"""

from __future__ import annotations

import errno
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from store.errors import StoreError, StoreLockedError, StoreReadOnlyError, os_error

LOCK_TIMEOUT = 300.0
LOCK_NOTICE_AFTER = 1.0   # waiting longer than this is said on stderr
# How long a writer waits for another's lock when its caller did not say:
# LOCK_TIMEOUT, or what :func:`writer_patience` set (``factdesk ingest --wait``).
_patience: list[float] = []
POLL_SECONDS = 0.05
NO_FLOCK = {errno.ENOSYS, errno.ENOLCK, errno.EOPNOTSUPP}

try:
    import fcntl
except ImportError:  # not POSIX: filelock's own lock
    fcntl = None  # type: ignore[assignment]


@contextmanager
def writer_patience(seconds: float) -> Iterator[None]:
    """Within the block, a writer waits at most ``seconds`` for the write
    lock (``factdesk ingest --wait``): a second ingest waited five minutes
    for the first, saying only that it waited."""
    _patience.append(max(0.0, seconds))
    try:
        yield
    finally:
        _patience.pop()


def lock_patience() -> float:
    """How long a writer waits for the lock now (seconds)."""
    return _patience[-1] if _patience else LOCK_TIMEOUT


@contextmanager
def write_lock(path: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold the store's single-writer lock (``<store>.lock``).  Waiting for
    it longer than LOCK_NOTICE_AFTER is said once on stderr, naming the
    holder (``<store>.lock.holder``: its pid and since when) and how long
    it will wait; ``timeout=0`` tries once (StoreLockedError when it is
    held); None waits :func:`lock_patience`."""
    timeout = lock_patience() if timeout is None else timeout
    lock_path = Path(str(path) + ".lock")
    try:
        lock: _FlockLock | _LibraryLock = _LibraryLock(lock_path) if fcntl is None else _FlockLock(lock_path)
        if not lock.acquire(min(timeout, LOCK_NOTICE_AFTER)):
            if timeout > LOCK_NOTICE_AFTER:
                _say_waiting(lock_path, timeout)
            if timeout <= LOCK_NOTICE_AFTER or not lock.acquire(timeout - LOCK_NOTICE_AFTER):
                lock.release()
                waited = f"gave up after {_seconds(timeout)}" if timeout > 0 else "it was not waited for"
                raise StoreLockedError(f"{path}: {_holder(lock_path)} is writing to the store; {waited}")
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


class _FlockLock:
    """An exclusive flock on the lock file: the lock filelock takes on POSIX
    (so writers of either kind exclude each other), without importing the
    library, which cost a writer more than its commit of one article.  On a
    file system without flock, filelock's own fallback takes over."""

    def __init__(self, lock_path: Path) -> None:
        self._path = lock_path
        self._fd: int | None = None
        self._library: _LibraryLock | None = None

    def acquire(self, timeout: float) -> bool:
        """Whether the lock was taken within ``timeout`` seconds (polled)."""
        if self._library is not None:
            return self._library.acquire(timeout)
        if self._fd is None:
            self._fd = os.open(self._path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o644)
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return True
            except OSError as err:
                if err.errno not in (errno.EAGAIN, errno.EACCES):
                    self.release()
                    if err.errno not in NO_FLOCK:
                        raise
                    self._library = _LibraryLock(self._path)
                    return self._library.acquire(timeout)
            if time.monotonic() >= deadline:
                return False
            time.sleep(POLL_SECONDS)

    def release(self) -> None:
        if self._library is not None:
            self._library.release()
        if self._fd is not None:
            os.close(self._fd)  # closing the last descriptor drops the flock
            self._fd = None


class _LibraryLock:
    """The lock through filelock (platforms without flock)."""

    def __init__(self, lock_path: Path) -> None:
        from filelock import FileLock

        self._lock = FileLock(str(lock_path))

    def acquire(self, timeout: float) -> bool:
        from filelock import Timeout

        try:
            self._lock.acquire(timeout=timeout)
        except Timeout:
            return False
        return True

    def release(self) -> None:
        self._lock.release()  # a no-op when not held


def _holder(lock_path: Path) -> str:
    """Who holds the lock: another factdesk process (pid 123, since …)."""
    try:
        pid, since = Path(str(lock_path) + ".holder").read_text().split(" ", 1)
        return f"another factdesk process (pid {int(pid)}, since {since.strip()})"
    except (OSError, ValueError):
        return "another factdesk process"


def _seconds(seconds: float) -> str:
    return f"{seconds:.0f} s" if seconds >= 1 else f"{seconds:.1f} s"


def _say_waiting(lock_path: Path, timeout: float) -> None:
    """One line on stderr: who holds the lock we are waiting for, and for how long we will."""
    sys.stderr.write(f"factdesk: {_holder(lock_path)} is writing to the store; waiting up to "
                     f"{_seconds(timeout)} for it to finish ({lock_path})\n")
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
    # A folder that exists but takes no new file (/proc says "no such file").
    made_nowhere = err.errno == errno.ENOENT and lock_path.parent.is_dir()
    if err.errno in (errno.EROFS, errno.EACCES, errno.EPERM) or made_nowhere:
        # Said of the store and its folder: the lock file is factdesk's business.
        store = lock_path.with_name(lock_path.name.removesuffix(".lock"))
        why = (err.strerror or str(err)).lower()
        if not store.exists() or made_nowhere:
            return StoreReadOnlyError(f"{store}: cannot create the store: {lock_path.parent} cannot be written ({why})")
        if err.errno == errno.EROFS:  # no user could: "by this user" would send them to their permissions
            return StoreReadOnlyError(f"{store}: the store cannot be changed: {lock_path.parent} is on a read-only "
                                      f"file system; reading works")
        if (lock_path.exists() and not os.access(lock_path, os.R_OK | os.W_OK)
                and os.access(lock_path.parent, os.W_OK | os.X_OK)):
            # The folder takes files: blaming it sent users to a folder they can
            # write; the lock file is what refuses them (another user's, a chmod).
            return StoreReadOnlyError(f"{store}: the store cannot be changed: its lock file {lock_path} cannot be "
                                      f"opened by this user ({why}); reading works (when no factdesk is running, "
                                      f"remove the lock file or give it back its permissions)")
        return StoreReadOnlyError(f"{store}: the store cannot be changed: {lock_path.parent} cannot be written "
                                  f"by this user; reading works ({why})")
    return os_error(err, lock_path, "cannot take the write lock")


def make_sidecar(directory: Path) -> None:
    """Create the store's side folder (shards, index), one line if it cannot be."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise os_error(err, directory, "cannot create the store's folder") from None
