"""A byte stream stored as zstd frames of CHUNK bytes each, read back by
slices of the whole stream (the posting data of a segment: varints compress
by a quarter, and a posting list is found by its offsets in the
uncompressed stream as before).

A slice decompresses only the chunks it touches; the last CACHE_CHUNKS are
kept (a query looks the same short lists up in each doc block, and typing
repeats them).  The frames' offsets in the file are `ends` (n chunks + 1,
from 0), saved beside it.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, BinaryIO

import numpy as np
import zstandard

CHUNK = 16 << 10
LEVEL = 3
CACHE_CHUNKS = 256


class ChunkedWriter:
    """Compresses what is added in CHUNK-byte frames to `handle`; `size` is
    the bytes written to it, `ends` each frame's end (after `close`)."""

    def __init__(self, handle: BinaryIO):
        self.handle = handle
        self.size = 0
        self.ends = [0]
        self._buffer = bytearray()
        self._compress = zstandard.ZstdCompressor(level=LEVEL, write_checksum=False).compress

    def add(self, data: bytes) -> int:
        self._buffer += data
        if len(self._buffer) >= CHUNK:
            whole = len(self._buffer) // CHUNK * CHUNK
            view = memoryview(self._buffer)
            for at in range(0, whole, CHUNK):
                self._frame(view[at:at + CHUNK])
            view.release()
            del self._buffer[:whole]
        return self.size

    def close(self) -> None:
        if self._buffer:
            self._frame(memoryview(self._buffer))
            self._buffer = bytearray()

    def _frame(self, data: Any) -> None:
        frame = self._compress(data)
        self.handle.write(frame)
        self.size += len(frame)
        self.ends.append(self.size)


class ChunkedReader:
    """Slices [a:b] of the uncompressed stream of `frames` (a mapping of the
    file) as uint8 arrays; `length` is the stream's length."""

    def __init__(self, frames: Any, ends: np.ndarray, length: int):
        self.frames, self.ends, self.length = frames, ends, int(length)
        if len(ends) - 1 != -(-self.length // CHUNK) or (len(ends) and int(ends[-1]) != len(frames)):
            raise ValueError("compressed chunks disagree")
        self._decompress = zstandard.ZstdDecompressor().decompress
        self._cache: OrderedDict[int, bytes] = OrderedDict()

    def __len__(self) -> int:
        return self.length

    def _chunk(self, c: int) -> bytes:
        got = self._cache.get(c)
        if got is not None:
            self._cache.move_to_end(c)
            return got
        a, b = self.ends[c:c + 2].tolist()
        got = self._decompress(self.frames[a:b])
        self._cache[c] = got
        if len(self._cache) > CACHE_CHUNKS:
            self._cache.popitem(last=False)
        return got

    def __getitem__(self, span: slice) -> np.ndarray:
        a, b = span.start, span.stop
        if b <= a:
            return np.zeros(0, dtype=np.uint8)
        c0, c1 = a // CHUNK, (b - 1) // CHUNK
        if c0 == c1:
            raw = self._chunk(c0)[a - c0 * CHUNK:b - c0 * CHUNK]
        else:
            raw = b"".join(self._chunk(c) for c in range(c0, c1 + 1))[a - c0 * CHUNK:b - c0 * CHUNK]
        return np.frombuffer(raw, dtype=np.uint8)
