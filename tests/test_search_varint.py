"""Posting lists are LEB128 varints (store.search.varint): 7 bits a byte,
low bits first, the high bit set on every byte of a value but its last.
The numpy encoder writes exactly those bytes, whatever mix of one-byte and
longer values it is given, and the decoder reads them back."""

from __future__ import annotations

import numpy as np
import pytest

from store.search import varint


def leb128(values) -> bytes:
    out = bytearray()
    for n in values:
        while True:
            byte, n = n & 0x7F, n >> 7
            out.append(byte | 0x80 if n else byte)
            if not n:
                break
    return bytes(out)


EDGES = [0, 1, 127, 128, 255, 16383, 16384, 2**21 - 1, 2**21, 2**35, 2**56 - 1, 2**56, 2**63 - 1, 2**64 - 1]


@pytest.mark.parametrize("multi", [0.0, 0.01, 0.3, 1.0])
def test_values_are_written_as_leb128_whatever_their_mix_of_lengths(multi):
    rng = np.random.default_rng(7)
    values = rng.integers(0, 128, 5000).astype(np.uint64)
    longer = rng.random(len(values)) < multi
    values[longer] = rng.integers(128, 2**62, int(longer.sum()), dtype=np.uint64)
    values = np.concatenate([values, np.array(EDGES, dtype=np.uint64)])
    encoded = varint.encode(values)
    assert encoded.dtype == np.uint8
    assert encoded.tobytes() == leb128(int(v) for v in values)
    assert len(encoded) == int(varint.encoded_sizes(values).sum())
    below = values[values < 2**63]
    assert varint.decode(varint.encode(below)).tolist() == below.astype(np.int64).tolist()


def test_nothing_encodes_to_no_bytes():
    assert varint.encode(np.zeros(0, dtype=np.uint64)).tolist() == []
