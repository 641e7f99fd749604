"""Files in the user cache directory that spare the extractor work at load:
marshal data behind a checksum, written atomically.  Only a cache: a
missing, unreadable or damaged file reads as absent (and is written again),
and one that cannot be written costs only the work it would have saved.
"""

from __future__ import annotations

import hashlib
import marshal
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

CHECKSUM_BYTES = 16
T = TypeVar("T")


def cache_dir() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path("factdesk", appauthor=False)


def read(path: Path) -> Any:
    """The data of a cache file; None when it is missing or damaged."""
    try:
        raw = path.read_bytes()
        body = raw[CHECKSUM_BYTES:]
        if raw[:CHECKSUM_BYTES] != hashlib.blake2b(body, digest_size=CHECKSUM_BYTES).digest():
            return None
        return marshal.loads(body)
    except (OSError, ValueError, EOFError, TypeError):
        return None


def write(path: Path, data: Any) -> None:
    from store.fileio import atomic_write

    try:
        body = marshal.dumps(data)
        os.makedirs(path.parent, exist_ok=True)
        atomic_write(path, hashlib.blake2b(body, digest_size=CHECKSUM_BYTES).digest() + body)
    except (OSError, ValueError):
        pass


def derived(name: str, source: bytes, build: Callable[[], T], valid: Callable[[Any], bool]) -> T:
    """``build()``, made from ``source``: read from the cache file of these
    exact bytes (named by their hash) when there is a sound one."""
    import xxhash

    path = cache_dir() / f"{name}-{xxhash.xxh3_128_hexdigest(source)}.marshal"
    found = read(path)
    if found is not None and valid(found):
        return found
    value = build()
    write(path, value)
    return value
