"""Each document's texts in a segment, as two zstd frames.

Frame 2d, document d's text: its normalised title NUL body (UTF-8), what
longer terms are verified against and snippets are found in, then NUL and
its facts' normalised subjects, NUL-joined (they are mostly words of the
text: compressed with it they cost little).
Frame 2d + 1, the rest of what the index keeps of it:
- its facts' normalised clauses, each followed by NUL, left empty when the
  clause is found in the text (frames are compressed apart: a copy would
  cost its whole size);
- where those clauses are, and the facts' ids as stored
  (store.search.build.short_fact_id): see fact_meta_bytes;
- its original text: for a document whose chars normalise one to one
  (nearly all) the chars normalisation changed, as varints (count, then
  position gaps in title NUL body) and the original chars in UTF-8; for the
  others the original title NUL body.
The byte lengths of the parts are the `nlen` column, so nothing needs
escaping.

A frame per document keeps verification to the candidates it decompresses,
and mostly to their text; a dictionary trained on the segment's first
DICT_SAMPLES frames (a segment with fewer has none) gives the small frames
most of the compression of large ones.  Original titles are kept apart,
uncompressed: a result list shows many of them.
"""

from __future__ import annotations

import struct
from array import array
from collections import OrderedDict
from collections.abc import Callable
from itertools import accumulate
from typing import Any

import numpy as np
import zstandard

from store.search import varint

LEVEL = 3
DICT_SAMPLES = 4000
DICT_BYTES = 110 << 10
CACHE_DOCS = 512        # decompressed payloads a segment keeps (a page asks for each several times)
BATCH_FRAMES = 64       # verifying this many frames or more: decompressed together in C
BATCH_MAX = 4096        # frames decompressed together at most (bounds memory)
THREADS = 2
PATCHES_IN_PYTHON = 512  # up to this many patches a document's varints are written in plain Python


def patch_bytes(original: str, normalised: str) -> bytes:
    """The chars of `original` that differ from `normalised` (same length):
    varint count, varint position gaps, then the original chars in UTF-8."""
    a = np.frombuffer(original.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    b = np.frombuffer(normalised.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return patch_codes(a, b)


def patch_codes(a: np.ndarray, b: np.ndarray) -> bytes:
    """patch_bytes of texts given as their code points (uint32 arrays)."""
    diff = np.flatnonzero(a != b)
    if not len(diff):
        return b"\x00"
    chars = a[diff].astype("<u4").tobytes().decode("utf-32-le", "surrogatepass").encode("utf-8", "surrogatepass")
    if len(diff) > PATCHES_IN_PYTHON:
        head = varint.encode(np.concatenate([[len(diff)], np.diff(diff, prepend=0)])).tobytes()
    else:  # a few dozen patches: numpy's set-up for each step cost more than the varints themselves
        head = _varint_gaps(len(diff), diff.tolist())
    return head + chars


def _varint_gaps(count: int, positions: list[int]) -> bytes:
    """The varints of count, then the gaps between positions (the first from 0)."""
    out = bytearray()
    for value in (count, *(p - q for q, p in zip([0, *positions], positions))):
        while value >= 0x80:
            out.append((value & 0x7F) | 0x80)
            value >>= 7
        out.append(value)
    return bytes(out)


def fact_meta_bytes(spans: list[tuple[int, int] | None], ids: list[bytes]) -> bytes:
    """Where each fact's clause is (a span of the doc's normalised title NUL
    body, or None: in the clauses part) and the facts' ids (any chars), as a
    frame keeps them: per fact three uint32 (start + 1 or 0, end, id bytes),
    then the ids.  Fixed-width: a page reads them for many documents."""
    values = [x for span, fid in zip(spans, ids) for x in ((span[0] + 1, span[1]) if span else (0, 0)) + (len(fid),)]
    return struct.pack(f"<{len(values)}I", *values) + b"".join(ids)


def read_fact_meta(raw: bytes, count: int) -> tuple[list[tuple[int, int] | None], list[str]]:
    """(clause spans, fact ids) of the `count` facts of fact_meta_bytes."""
    values = struct.unpack_from(f"<{3 * count}I", raw)
    spans: list[tuple[int, int] | None] = [(a - 1, b) if a else None for a, b in zip(values[0::3], values[1::3])]
    ids, at = [], 12 * count
    for n in values[2::3]:
        ids.append(raw[at:at + n].decode("utf-8", "surrogatepass"))
        at += n
    return spans, ids


def _varints(raw: bytes, count: int, at: int = 0) -> tuple[list[int], int]:
    """`count` varints from raw[at:], and where they end."""
    values: list[int] = []
    value = shift = 0
    while len(values) < count:
        byte = raw[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            values.append(value)
            value = shift = 0
    return values, at


def read_patches(raw: bytes) -> tuple[list[int], str]:
    """(positions, original chars) of patch_bytes.  A document has a few
    dozen patches: plain Python reads them faster than numpy's set-up."""
    (count,), at = _varints(raw, 1)
    gaps, at = _varints(raw, count, at)
    return list(accumulate(gaps)), raw[at:].decode("utf-8", "surrogatepass")


class FrameWriter:
    """Compresses payloads into frames written through `add` (a Blob-like
    writer of the segment's frames file) and `save_dict` (the dictionary's
    file, written once, empty without one).  Returns each frame's end offset
    through `ends`."""

    def __init__(self, add: Callable[[bytes], int], save_dict: Callable[[bytes], Any]):
        self._add, self._save_dict = add, save_dict
        self._held: list[bytes] | None = []
        self._compress: Callable[[bytes], bytes] | None = None
        self.ends = array("q", [0])  # 8 bytes a frame, not a Python int each

    def add(self, payload: bytes) -> None:
        if self._held is None:
            self._write(payload)
            return
        self._held.append(payload)
        if len(self._held) >= DICT_SAMPLES:
            self._release(trained=True)

    def finish(self) -> None:
        if self._held is not None:
            self._release(trained=False)

    def _release(self, trained: bool) -> None:
        held, self._held = self._held or [], None
        params: dict[str, Any] = {"level": LEVEL, "write_checksum": False, "write_dict_id": False}
        if trained:
            try:
                dictionary = zstandard.train_dictionary(DICT_BYTES, held, level=LEVEL)
            except zstandard.ZstdError:  # too little to learn from (texts all alike or tiny)
                dictionary = None
            if dictionary is not None:
                self._save_dict(dictionary.as_bytes())
                params["dict_data"] = dictionary
        self._compress = zstandard.ZstdCompressor(**params).compress
        for payload in held:
            self._write(payload)

    def _write(self, payload: bytes) -> None:
        assert self._compress is not None
        self.ends.append(self._add(self._compress(payload)))


class FrameReader:
    """The payloads of a segment's documents, decompressed on demand (the
    last CACHE_DOCS are kept)."""

    def __init__(self, frames: Any, offsets: np.ndarray, dictionary: Any):
        self.frames, self.offsets = frames, offsets
        self._dictionary = bytes(dictionary) if len(dictionary) else None
        self._decompress: Callable[..., bytes] | None = None
        self._cache: OrderedDict[int, bytes] = OrderedDict()

    def _decompressor(self) -> Callable[..., bytes]:
        if self._decompress is None:
            dict_data = zstandard.ZstdCompressionDict(self._dictionary) if self._dictionary else None
            self._dctx = zstandard.ZstdDecompressor(dict_data=dict_data)
            self._decompress = self._dctx.decompress
        return self._decompress

    def payload(self, d: int) -> bytes:
        """Frame `d`, decompressed."""
        cached = self._cache.get(d)
        if cached is not None:
            self._cache.move_to_end(d)
            return cached
        a, b = self.offsets[d:d + 2].tolist()
        out = self._decompressor()(self.frames[a:b])
        self._cache[d] = out
        if len(self._cache) > CACHE_DOCS:
            self._cache.popitem(last=False)
        return out

    def each(self, ds: list[int]) -> Any:
        """Frames `ds`, decompressed, in order, not cached (verification
        reads many documents once); many at once are decompressed in C on
        up to THREADS threads."""
        if len(ds) >= BATCH_FRAMES:
            yield from self._batch(ds)
            return
        decompress, frames, cache = self._decompressor(), self.frames, self._cache
        offsets = self.offsets
        starts, ends = offsets[ds].tolist(), offsets[np.asarray(ds, dtype=np.int64) + 1].tolist()
        for d, a, b in zip(ds, starts, ends):
            cached = cache.get(d)
            yield cached if cached is not None else decompress(frames[a:b])

    def _batch(self, ds: list[int]) -> Any:
        self._decompressor()
        at = np.asarray(ds, dtype=np.int64)
        starts = self.offsets[at]
        spans = np.stack([starts, self.offsets[at + 1] - starts], axis=1).astype(np.uint64)
        for lo in range(0, len(ds), BATCH_MAX):
            frames = zstandard.BufferWithSegments(self.frames, spans[lo:lo + BATCH_MAX].tobytes())
            out = self._dctx.multi_decompress_to_buffer(frames, threads=THREADS)
            for k in range(len(out)):
                yield out[k].tobytes()
