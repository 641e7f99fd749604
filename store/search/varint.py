"""LEB128 variable-length integers, encoded and decoded with numpy (no
Python loop per value): 7 bits a byte, low bits first, the high bit set on
every byte but a value's last.  Posting lists are stored this way (doc gaps
and tf codes are nearly all below 128: one byte each)."""

from __future__ import annotations

import numpy as np

MAX_BYTES = 10  # a 64-bit value


def encoded_sizes(values: np.ndarray) -> np.ndarray:
    """Bytes each of `values` (non-negative) takes."""
    v = np.asarray(values, dtype=np.uint64)
    size = np.ones(len(v), dtype=np.int64)
    for k in range(1, MAX_BYTES):
        more = v >= np.uint64(1 << (7 * k))
        if not more.any():
            break
        size += more
    return size


def encode(values: np.ndarray, sizes: np.ndarray | None = None) -> np.ndarray:
    """The varint bytes of `values` (non-negative), as uint8.  Every value's
    first byte is written in one pass over all of them; each further pass
    takes only the values that still have bytes (nearly all postings take
    one: masking every value for every byte position was most of the cost)."""
    v = np.asarray(values, dtype=np.uint64)
    size = encoded_sizes(v) if sizes is None else sizes
    if len(v) == 0:
        return np.zeros(0, dtype=np.uint8)
    if int(size.max()) == 1:
        return v.astype(np.uint8)
    ends = np.cumsum(size)
    at = ends - size
    out = np.empty(int(ends[-1]), dtype=np.uint8)
    multi = size > 1
    out[at] = (v & np.uint64(0x7F)).astype(np.uint8) | (multi.view(np.uint8) << np.uint8(7))
    more = np.flatnonzero(multi)
    k = 1
    while len(more):
        last = size[more] == k + 1
        byte = ((v[more] >> np.uint64(7 * k)) & np.uint64(0x7F)).astype(np.uint8)
        out[at[more] + k] = byte | ((~last).view(np.uint8) << np.uint8(7))
        more = more[~last]
        k += 1
    return out


def decode(data: np.ndarray, dtype: type = np.int64) -> np.ndarray:
    """The values of a run of whole varints, as `dtype` (which must hold
    them; few temporaries: on a busy machine fresh memory is what a decode
    pays most for)."""
    b = np.asarray(data, dtype=np.uint8)
    last = np.flatnonzero(b < 0x80)  # each value's last byte
    if len(last) == len(b):  # the common case: every value below 128
        return b.astype(dtype)
    first = np.empty_like(last)
    first[0] = 0
    first[1:] = last[:-1] + 1
    values = (b[first] & 0x7F).astype(dtype)
    more = np.flatnonzero(last > first)  # values of two bytes or more
    k = 1
    while len(more):
        at = first[more] + k
        values[more] |= (b[at] & 0x7F).astype(dtype) << (7 * k)
        more = more[last[more] > at]
        k += 1
    return values


# A posting is one varint (doc gap << 2 | tf code) when its tf code is below
# ESCAPE, else (gap << 2 | ESCAPE) followed by ((code - ESCAPE) << 2): a
# payload's low bits are never ESCAPE, so the values that follow an ESCAPE
# are the payloads, found without a sequential pass.  Dense lists (gaps below
# 32) with the commonest tf codes take one byte a posting.
ESCAPE = 3


def encode_postings(gaps: np.ndarray, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(the varint bytes of postings (gap, tf code), each posting's first byte's offset)."""
    gaps = np.asarray(gaps, dtype=np.int64)
    codes = np.asarray(codes, dtype=np.int64)
    esc = codes >= ESCAPE
    at = np.arange(len(gaps), dtype=np.int64)
    if esc.any():
        at += np.cumsum(esc) - esc
    values = np.empty(len(gaps) + int(esc.sum()), dtype=np.int64)
    values[at] = (gaps << 2) | np.where(esc, ESCAPE, codes)
    values[at[esc] + 1] = (codes[esc] - ESCAPE) << 2
    sizes = encoded_sizes(values)
    starts = np.cumsum(sizes) - sizes
    return encode(values, sizes), starts[at]


def decode_postings(data: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(doc gaps, tf codes) of a run of postings written by encode_postings."""
    values = decode(data, np.int32)  # a block's gaps are below 2^16: values below 2^18
    low = values & 3
    escaped = low == ESCAPE
    if not escaped.any():
        return values >> 2, low
    payload = np.zeros(len(values), dtype=bool)
    payload[1:] = escaped[:-1]
    head = values[~payload]
    codes = head & 3
    codes[codes == ESCAPE] = ESCAPE + (values[payload] >> 2)
    return head >> 2, codes
