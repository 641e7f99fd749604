"""Durable files and TinyDB storage for the store.

TinyDB's own JSONStorage rewrites its file in place (seek 0, write,
truncate), so a crash mid-write leaves an unparseable file.  Every file
here is instead written to a temporary file in the same directory, flushed
and fsynced, renamed over the target with ``os.replace`` and the directory
fsynced: a reader sees the old file or the new one, never a mix.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import orjson
from tinydb.storages import Storage

TEMP_SUFFIX = ".factdesk-tmp"


def _read_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _read_umask()


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically and durably."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix="." + path.name + ".", suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        # mkstemp makes 0600 files: keep the mode the file had, or the one a
        # plain open() would have given it.
        try:
            mode = path.stat().st_mode & 0o777
        except FileNotFoundError:
            mode = 0o666 & ~_UMASK
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    fsync_dir(path.parent)


def fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_stale_temp_files(directory: Path) -> int:
    """Delete temporary files a crashed writer left behind (call under the
    write lock, when no other writer can be mid-write)."""
    removed = 0
    if not directory.is_dir():
        return 0
    for entry in directory.iterdir():
        if entry.name.endswith(TEMP_SUFFIX):
            try:
                entry.unlink()
                removed += 1
            except OSError:
                pass
    return removed


def dumps(data: Any) -> bytes:
    return orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS)


def loads(data: bytes) -> Any:
    return orjson.loads(data)


class SnapshotStorage(Storage):
    """TinyDB storage over an in-memory snapshot of one store file.

    TinyDB does the document work (tables, ids, upserts); the store decides
    when the snapshot is persisted, so one ingest becomes one atomic commit
    of several files instead of a rewrite per insert (the job TinyDB's
    CachingMiddleware does for a single file)."""

    def __init__(self, data: dict[str, Any] | None = None) -> None:
        self.data: dict[str, Any] = data if data is not None else {}
        self.dirty = False

    def read(self) -> dict[str, Any]:
        return self.data

    def write(self, data: dict[str, Any]) -> None:
        self.data = data
        self.dirty = True

    def close(self) -> None:  # nothing to release: files are written by the store
        pass
