"""Writing files durably: the one policy every file of a store is written by.

A file is written to a temporary file in the same directory, flushed and
fsynced, given the mode the target had (readable by its owner at least; or
the one a plain ``open()`` would give it), renamed over the target with
``os.replace`` and the directory fsynced.  A reader sees the old file or the new one, never a mix, and after
a crash the new name survives only with its full content.  Temporary files
a killed writer leaves behind carry ``TEMP_SUFFIX`` and are removed by
:func:`remove_stale_temp_files` under the write lock.
"""

from __future__ import annotations

import mmap
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

TEMP_SUFFIX = ".factdesk-tmp"
# Scratch files of an index build (sorted runs of postings): swept with the
# temporary files in the index folder only (the store's own folder is the
# user's, where such names may be anyone's).
SCRATCH_SUFFIXES = (TEMP_SUFFIX, ".runc", ".runt")


def _read_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _read_umask()


@contextmanager
def atomic_writer(path: Path, *, durable: bool = True) -> Iterator[BinaryIO]:
    """A binary handle whose content replaces ``path`` atomically and
    durably when the block ends without error (for data written in pieces);
    on error the temporary file is removed and ``path`` is untouched.
    ``durable=False`` skips the syncs (see write_cache)."""
    import tempfile  # writers only: a reader's start-up does without it (and shutil, bz2, lzma)

    path.parent.mkdir(parents=True, exist_ok=True)
    # The name is cut so that a long file name still leaves room for the
    # temporary file's (a name may have 255 bytes).
    fd, tmp = tempfile.mkstemp(prefix="." + path.name[:64] + ".", suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        # mkstemp makes 0600 files: keep the mode the file had, or the one a
        # plain open() would have given it.  Its owner can always read it: a
        # file made unreadable (chmod 000) and written again stayed so, and
        # the search index rebuilt over such a manifest could not be opened.
        try:
            mode = path.stat().st_mode & 0o777 | 0o400
        except FileNotFoundError:
            mode = 0o666 & ~_UMASK
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            yield handle
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    if durable:
        fsync_dir(path.parent)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically and durably."""
    with atomic_writer(path) as handle:
        handle.write(data)


def write_cache(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically but without syncing: for
    records that are only caches (a crash may leave the old one, or an empty
    or partial one, which their readers ignore), so that a commit does not
    wait on the disk for them."""
    with atomic_writer(path, durable=False) as handle:
        handle.write(data)


def fsync_dir(directory: Path) -> None:
    """Make a directory's entries (a rename, a new file) durable; a no-op
    where directories cannot be opened or synced."""
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


def remove_stale_temp_files(directory: Path, suffixes: tuple[str, ...] = (TEMP_SUFFIX,)) -> int:
    """Delete temporary files a crashed writer left behind; return how many.
    Call under the write lock, when no other writer can be mid-write."""
    removed = 0
    if not directory.is_dir():
        return 0
    for entry in directory.iterdir():
        if entry.name.endswith(suffixes):
            try:
                entry.unlink()
                removed += 1
            except OSError:
                pass
    return removed


def digest(data: bytes | mmap.mmap) -> str:
    """The checksum the store records for a file's content: xxh3, 64 bits,
    in hex (several GB/s: cheap enough to verify every file on open)."""
    import xxhash

    return xxhash.xxh3_64_hexdigest(data)


def file_digest(path: Path) -> tuple[int, str]:
    """(size, checksum) of a file, read through a memory map (no copy)."""
    with open(path, "rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        if size == 0:
            return 0, digest(b"")
        with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
            return size, digest(mapped)


def copy_aside(sources: list[Path], folder: Path) -> None:
    """Copy files into ``folder`` (made if need be) to keep them: every one
    whole, or — on an OSError, raised again — none, the copies made and the
    folder if this made it removed.  A full disk left a copy of 0 bytes
    that a repair's message called the kept damaged file."""
    import shutil

    made = not folder.exists()
    copied: list[Path] = []
    try:
        folder.mkdir(exist_ok=True)
        for source in sources:
            copied.append(folder / source.name)
            shutil.copy2(source, folder / source.name)
    except OSError:
        for copy in copied:
            try:
                copy.unlink(missing_ok=True)
            except OSError:
                pass
        if made:
            try:
                folder.rmdir()
            except OSError:
                pass
        raise
