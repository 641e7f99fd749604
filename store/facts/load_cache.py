"""Files in the user cache directory that spare the extractor work at load:
marshal data behind a checksum, written atomically.  Only a cache: a
missing, unreadable or damaged file reads as absent (and is written again),
and one that cannot be written costs only the work it would have saved.
"""

from __future__ import annotations

import marshal
import os
from pathlib import Path
from typing import Any

CHECKSUM_BYTES = 16
# In the folder's name: a version of this code that reads or writes the files
# otherwise must not take another version's files for damaged ones and
# replace them (two checkouts of different versions would undo each other).
FORMAT = 2


def cache_dir() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path("factdesk", appauthor=False) / f"extractor-v{FORMAT}"


def read(path: Path) -> Any:
    """The data of a cache file; None when it is missing or damaged.  The
    first read of a process also removes the temporary files killed writers
    left in the cache folders (store.cache_sweep)."""
    from store.cache_sweep import sweep_once

    folder = cache_dir()
    sweep_once(folder, folder.parent)
    try:
        raw = path.read_bytes()
        body = raw[CHECKSUM_BYTES:]
        if raw[:CHECKSUM_BYTES] != _checksum(body):
            return None
        return marshal.loads(body)
    except (OSError, ValueError, EOFError, TypeError):
        return None


def write(path: Path, data: Any) -> None:
    from store.fileio import atomic_write

    try:
        body = marshal.dumps(data)
        os.makedirs(path.parent, exist_ok=True)
        atomic_write(path, _checksum(body) + body)
    except (OSError, ValueError):
        pass


def _checksum(body: bytes) -> bytes:
    import xxhash

    return xxhash.xxh3_128_digest(body)
