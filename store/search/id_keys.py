"""Ranking ties by article id: each id as a uint64 in the ids' own order.

An id of 16 hex digits (every id factdesk makes: the first 64 bits of a
SHA-1) is its number, so the numbers sort as the ids do; any other id, its
first 8 bytes (deterministic; ties beyond them keep document order).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from store.search.segment import Segment

ONE_BY_ONE = 4096  # more docs of a segment than this: decode all its ids once (1M ids: about 35 ms)
_HEX16 = re.compile(r"[0-9a-f]{16}")


def id_number(doc_id: str) -> int:
    if _HEX16.fullmatch(doc_id):
        return int(doc_id, 16)
    return int.from_bytes(doc_id.encode("utf-8", "surrogatepass")[:8].ljust(8, b"\0"), "big")


def segment_id_numbers(seg: Segment) -> np.ndarray:
    """Every doc id of a segment as its number, built once per segment."""
    numbers = getattr(seg, "_id_numbers", None)
    if numbers is None:
        raw, n = bytes(seg.ids[:]), seg.n
        if len(raw) == 16 * n and np.array_equal(np.asarray(seg.idoff), np.arange(n + 1) * 16):
            try:
                packed = bytes.fromhex(raw.decode("ascii"))
                if len(packed) == 8 * n and raw == raw.lower():
                    numbers = np.frombuffer(packed, dtype=">u8").astype(np.uint64)
            except ValueError:  # not all hex: one by one
                pass
        if numbers is None:
            numbers = np.array([id_number(seg.doc_id(d)) for d in range(n)], dtype=np.uint64)
        seg._id_numbers = numbers
    return numbers


def id_keys(segments: list[Segment], seg_ix: np.ndarray, docs: np.ndarray) -> np.ndarray:
    """The id numbers of these docs (of these segments): a few read one by
    one, many from their segment's whole array."""
    out = np.empty(len(docs), dtype=np.uint64)
    for si in np.flatnonzero(np.bincount(seg_ix)).tolist() if len(seg_ix) else []:
        seg, where = segments[si], np.flatnonzero(seg_ix == si)
        mine = docs[where]
        if getattr(seg, "_id_numbers", None) is not None or len(mine) > ONE_BY_ONE:
            out[where] = segment_id_numbers(seg)[mine]
        else:
            out[where] = np.array([id_number(seg.doc_id(d)) for d in mine.tolist()], dtype=np.uint64)
    return out
