"""Each document's texts in a segment, one zstd frame a document.

A document's frame ("payload") holds, in order:
- its normalised title NUL body NUL fact subjects NUL (UTF-8): what longer
  terms are verified against and snippets are found in;
- its facts' texts: subject NUL clause NUL per fact, the clause left empty
  when it is found in the normalised title NUL body (its span is a column);
- its original text: for a document whose chars normalise one to one
  (nearly all) the chars normalisation changed, as varints (count, then
  position gaps in title NUL body) and the original chars in UTF-8; for the
  others the original title NUL body.
The byte lengths of the first parts are the `nlen` column, so nothing in a
payload needs escaping.

A frame per document keeps verification to the candidates it decompresses;
a dictionary trained on the segment's first DICT_SAMPLES payloads (a
segment with fewer has none) gives the small frames most of the compression
of large ones.  Original titles are kept apart, uncompressed: a result list
shows many of them.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from itertools import accumulate
from typing import Any

import numpy as np
import zstandard

from store.search import varint

LEVEL = 6
DICT_SAMPLES = 4000
DICT_BYTES = 110 << 10
CACHE_DOCS = 512        # decompressed payloads a segment keeps (a page asks for each several times)


def patch_bytes(original: str, normalised: str) -> bytes:
    """The chars of `original` that differ from `normalised` (same length):
    varint count, varint position gaps, then the original chars in UTF-8."""
    a = np.frombuffer(original.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    b = np.frombuffer(normalised.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    diff = np.flatnonzero(a != b)
    if not len(diff):
        return b"\x00"
    gaps = np.diff(diff, prepend=0)
    chars = a[diff].astype("<u4").tobytes().decode("utf-32-le", "surrogatepass")
    head = varint.encode(np.concatenate([[len(diff)], gaps]))
    return head.tobytes() + chars.encode("utf-8", "surrogatepass")


def read_patches(raw: bytes) -> tuple[list[int], str]:
    """(positions, original chars) of patch_bytes.  A document has a few
    dozen patches: plain Python reads them faster than numpy's set-up."""
    values: list[int] = []
    count = -1
    value = shift = i = 0
    while len(values) != count:
        byte = raw[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            if count < 0:
                count = value
            else:
                values.append(value)
            value = shift = 0
    return list(accumulate(values)), raw[i:].decode("utf-8", "surrogatepass")


class FrameWriter:
    """Compresses payloads into frames written through `add` (a Blob-like
    writer of the segment's frames file) and `save_dict` (the dictionary's
    file, written once, empty without one).  Returns each frame's end offset
    through `ends`."""

    def __init__(self, add: Callable[[bytes], int], save_dict: Callable[[bytes], Any]):
        self._add, self._save_dict = add, save_dict
        self._held: list[bytes] | None = []
        self._compress: Callable[[bytes], bytes] | None = None
        self.ends: list[int] = [0]

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
            self._decompress = zstandard.ZstdDecompressor(dict_data=dict_data).decompress
        return self._decompress

    def payload(self, d: int) -> bytes:
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
        """The payloads of docs `ds`, in order, not cached (verification
        reads many documents once)."""
        decompress, frames, cache = self._decompressor(), self.frames, self._cache
        offsets = self.offsets
        starts, ends = offsets[ds].tolist(), offsets[np.asarray(ds, dtype=np.int64) + 1].tolist()
        for d, a, b in zip(ds, starts, ends):
            cached = cache.get(d)
            yield cached if cached is not None else decompress(frames[a:b])
