"""TinyDB over in-memory snapshots, and the JSON codec of the store's files.

TinyDB's own JSONStorage rewrites its file in place (seek 0, write,
truncate), so a crash mid-write leaves an unparseable file.  Here TinyDB
works on a snapshot in memory and the store writes the files itself, through
:mod:`store.fileio`.
"""

from __future__ import annotations

import json
from typing import Any

import orjson
from tinydb.storages import Storage

from store.records import JsonObject

# orjson writes integers of 64 bits at most and reads longer ones back as
# floats (or fails on a 320-digit one): a file holding such a figure is
# written by the standard codec instead, marked by a leading space (still
# JSON), and read back by it, so every value stays exact.
EXACT_MARK = b" "


def dumps(data: Any) -> bytes:
    try:
        return orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS)
    except TypeError:        # an int beyond 64 bits (a 30-digit figure): the standard codec holds it
        return EXACT_MARK + json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


# Store files are compressed with Zstandard; a file an earlier version
# wrote as plain JSON is read as it is (and compressed when next rewritten).
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
# A low level: shards are rewritten on every flush of a large ingest, and
# higher levels cost several times the time for a few percent of size.
ZSTD_LEVEL = 3


def pack(data: Any) -> bytes:
    """A store file's bytes: the JSON of ``data``, compressed."""
    import zstandard

    return zstandard.ZstdCompressor(level=ZSTD_LEVEL).compress(dumps(data))


def unpack(raw: bytes) -> Any:
    """The data of a store file, compressed or (older files) plain JSON;
    ValueError when it is neither."""
    if raw[:4] == ZSTD_MAGIC:
        import zstandard

        try:
            raw = zstandard.ZstdDecompressor().decompress(raw)
        except zstandard.ZstdError as err:
            raise ValueError(f"not a valid compressed file ({err})") from None
    return loads(raw)


def loads(data: bytes) -> Any:
    if data[:1] == EXACT_MARK:
        return _exact_loads(data)
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        # A file an earlier version wrote with a very long figure: the
        # standard codec reads it (and still fails on what is no JSON).
        return _exact_loads(data)


def _exact_loads(data: bytes) -> Any:
    try:
        return json.loads(data)
    except RecursionError:
        raise ValueError("nested too deeply") from None


class SnapshotStorage(Storage):
    """TinyDB storage over an in-memory snapshot of one store file.

    TinyDB does the document work (tables, ids, upserts); the store decides
    when the snapshot is persisted, so one ingest becomes one atomic commit
    of several files instead of a rewrite per insert (the job TinyDB's
    CachingMiddleware does for a single file)."""

    def __init__(self, data: JsonObject | None = None) -> None:
        self.data: JsonObject = data if data is not None else {}

    def read(self) -> JsonObject:
        return self.data

    def write(self, data: JsonObject) -> None:
        self.data = data

    def close(self) -> None:  # nothing to release: files are written by the store
        pass
