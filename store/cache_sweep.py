"""Removing what killed processes left in the user cache folder.

A cache file is written to a temporary file beside it and renamed over it
(store.fileio); a process killed between the two (``kill -9``, a closed
terminal, a full disk) leaves the temporary file, which nothing reads and
nothing removed: megabytes each (the compiled-pattern cache is 2–20 MB), a
new one per killed process.  jieba's dictionary cache is written the same
way under a ``tmpXXXXXXXX`` name in the same folder.

The cache has no lock, so another process may be writing a temporary file
right now: only files older than ``STALE_AFTER`` are removed (a cache file
is written in well under a second).  A process that was stopped for longer
in the middle of its write loses only the cache it was writing (its rename
fails, which the cache writers ignore).  Errors are ignored: the folder may
be read-only, or shared.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

from store.fileio import TEMP_SUFFIX

STALE_AFTER = 3600.0  # seconds
_JIEBA_TEMP = re.compile(r"tmp[a-z0-9_]{8}")  # tempfile.mkstemp(dir=…)'s names, jieba's cache
_swept: set[str] = set()


def is_leftover(name: str) -> bool:
    return (name.startswith(".") and name.endswith(TEMP_SUFFIX)) or bool(_JIEBA_TEMP.fullmatch(name))


def sweep(directory: Path, *, now: float | None = None) -> int:
    """Delete the stale temporary files in ``directory`` (not below it);
    return how many were removed."""
    cutoff = (time.time() if now is None else now) - STALE_AFTER
    removed = 0
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return 0
    for entry in entries:
        if not is_leftover(entry.name):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and entry.stat(follow_symlinks=False).st_mtime < cutoff:
                os.unlink(entry.path)
                removed += 1
        except OSError:
            pass
    return removed


def sweep_once(*directories: Path) -> None:
    """Sweep each folder the first time this process asks (the readers of
    the cache ask at every start; a folder listing costs microseconds)."""
    for directory in directories:
        key = str(directory)
        if key not in _swept:
            _swept.add(key)
            sweep(directory)
