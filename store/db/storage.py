"""The JSON codec of the store's files (and, for writers, TinyDB over
in-memory snapshots: store.db.snapshot)."""

from __future__ import annotations

import json
import threading
from typing import TYPE_CHECKING, Any

import orjson

if TYPE_CHECKING:
    import zstandard

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


# Zstandard contexts, made once per thread (a context serves one call at a
# time): making one allocates and clears its tables, which costs more than
# compressing a block with it, and a large ingest compresses a search
# document per article and a block per shard and flush.
_CONTEXTS = threading.local()


def compressor(level: int = ZSTD_LEVEL, checksum: bool = False) -> zstandard.ZstdCompressor:
    """This thread's compressor of ``level`` (writing frame checksums or
    not); its one-shot ``compress`` gives the bytes a new one would."""
    kept = _CONTEXTS.__dict__
    found = kept.get((level, checksum))
    if found is None:
        import zstandard

        found = kept[(level, checksum)] = zstandard.ZstdCompressor(level=level, write_checksum=checksum)
    return found


def decompressor() -> zstandard.ZstdDecompressor:
    """This thread's decompressor (without a dictionary)."""
    found = getattr(_CONTEXTS, "decompressor", None)
    if found is None:
        import zstandard

        found = _CONTEXTS.decompressor = zstandard.ZstdDecompressor()
    return found


def pack(data: Any) -> bytes:
    """A store file's bytes: the JSON of ``data``, compressed."""
    return compressor().compress(dumps(data))


def unpack(raw: bytes) -> Any:
    """The data of a store file, compressed or (older files) plain JSON;
    ValueError when it is neither."""
    if raw[:4] == ZSTD_MAGIC:
        import zstandard

        try:
            raw = decompressor().decompress(raw)
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



def framed_header(raw: bytes, start: int, length_size: int, bad: Exception) -> tuple[Any, int]:
    """The zstd-compressed JSON header written at `start` after its length (little-endian,
    `length_size` bytes), as shard and catalog segment files hold one: (header, where the
    body starts); `bad` is raised when the header is cut short or unreadable."""
    import zstandard

    end = start + length_size
    length = int.from_bytes(raw[start:end], "little")
    if len(raw) < end + length:
        raise bad
    try:
        header = loads(decompressor().decompress(raw[end:end + length]))
    except (zstandard.ZstdError, ValueError, RecursionError):
        raise bad from None
    return header, end + length
