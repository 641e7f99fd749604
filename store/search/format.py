"""The on-disk format of the search index: one place for the writer
(store.search.build) and the reader (store.search.segment) to agree on.

A segment named S is a set of files S.<part>, listed with their sizes in the
manifest entry of the segment (`SegmentMeta`):
- TEXTS: byte blobs addressed by the offset columns: `norm`, two zstd frames
  per document (store.search.doctext: normalised text; subjects, fact texts,
  the original's differences) at `zoff`, compressed with the dictionary `zdict`
  (empty: none); the original titles (`title`, at `tioff`); doc ids (`ids`);
- POSTINGS: raw little-endian arrays, for the unigram/bigram postings (prefix
  `p`) and the trigram postings (prefix `t`): sorted keys, byte offsets, and
  the postings as varints of (doc gap, tf code) (store.search.varint),
  compressed in chunks (store.search.chunked, `<x>chunks.npy`);
  each with a `<x>blocks.npy` table of (first doc, first key, end key,
  first byte) per doc block (a block's offsets count from its first byte,
  and end with one for its end) and `<x>tfvals.npy`, the packed tf of each tf code;
- COLUMNS: .npy arrays, one row per document, fact or patch.
Postings keys: a unigram is its code point << 21, a bigram a << 21 | b, a
trigram three CODE_BITS char codes of the segment's alphabet (`tcode`).  A
posting's tf packs per-field occurrence counts (TF_FIELDS).

FORMAT changes whenever any of this does: an index of another format is stale
and gets rebuilt.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from pathlib import Path
from typing import Any, TypedDict

FORMAT = 16  # 15 is FORMAT_RECENT of format 14 (store.search.recent)

# the byte blobs of a segment
TEXTS = ("norm", "zdict", "title", "ids")

# raw posting arrays: part suffix -> little-endian dtype; stored as p<suffix>
# (unigrams and bigrams) and t<suffix> (trigrams)
POSTING_PREFIXES = ("p", "t")
POSTINGS: dict[str, str] = {"keys": "<u8", "offs": "<u4", "data": "u1"}
BLOCKS = "blocks.npy"   # after a posting prefix: the doc blocks table
CHUNKS = "chunks.npy"   # after a posting prefix: offsets of the compressed chunks of `data`
TF_VALUES = "tfvals.npy"  # after a posting prefix: tf code -> packed tf

# .npy columns: name -> (dtype, row width; 0 = one value a row)
COLUMNS: dict[str, tuple[str, int]] = {
    "nlen": ("uint32", 5),   # per doc: byte lengths of its normalised title, body, subjects; clauses; clause spans and fact ids
    "zoff": ("int64", 0),    # frame offsets in norm (2n + 1: each doc's text, then the rest)
    "tioff": ("int64", 0),   # original title offsets in title (n + 1)
    "date": ("int32", 0),    # per doc: yyyymmdd, 0 = none
    "same": ("bool", 0),     # per doc: its chars normalise one to one (the original kept as patches)
    "idoff": ("int64", 0),   # doc id offsets in ids (n + 1)
    "fdoc": ("uint32", 0),   # per fact: its doc (sorted)
    "fkind": ("uint8", 0),   # per fact: index into the segment's kinds, NO_KIND if unknown
    "fval": ("float64", 0),  # per fact: the figure it states (store.search.qualified: a value qualified
                             # 超过/不足 … one float step beside it; NaN = not a number; +-inf beyond float range)
    "hifact": ("uint32", 0), # the facts with a value_high (few), in order
    "hival": ("float64", 0), # their value_high (stated as fval)
    "fyear": ("int16", 0),   # per fact: the year it is about (0 = unknown)
    "funit": ("int16", 0),   # per fact: index into the segment's units, -1 = none
    "tcode": ("uint32", 0),  # the trigram alphabet: code i + 1 is this code point
}

_DECIMAL_TEXT = re.compile(r"[+-]?\d+(?:\.\d+)?")
NO_KIND = 255
WHOLE_FACT_ID = "\x01"      # a stored fact id that is not `<article id>:rest`
NO_UNIT = -1
MAX_UNITS = 1 << 15           # unit codes are int16
DOC_BITS = 22                 # postings composite key << 22 | doc: up to 4M docs per segment
MAX_DOCS = 1 << DOC_BITS
CODE_BITS = 14                # trigram char code bits: 3 codes fill a 42-bit key
MAX_CODES = (1 << CODE_BITS) - 1
BIGRAM_SHIFT = 21             # code points take 21 bits

# fields of a text, in the order they are laid out in a frame
TITLE, SUBJ, BODY, SEP = 0, 1, 2, 3
# packed tf: (field, bit shift, cap) of each field's occurrence count
TF_FIELDS = ((BODY, 0, 255), (TITLE, 8, 15), (SUBJ, 12, 15))


class SegmentMeta(TypedDict):
    """A segment's entry in the manifest."""

    name: str
    n_docs: int
    files: dict[str, int]     # part -> size in bytes
    units: list[str]          # funit codes -> normalised unit
    kinds: list[str]          # fkind codes -> fact kind
    dead: str | None          # tombstones file (a bool .npy per doc)
    tri_min: int              # trigrams are stored when both bigrams are in more docs


def part_path(directory: Path, segment: str, part: str) -> Path:
    return directory / f"{segment}.{part}"


def column_parts() -> list[str]:
    return [f"{name}.npy" for name in COLUMNS]


def posting_parts() -> list[str]:
    return [f"{prefix}{suffix}" for prefix in POSTING_PREFIXES for suffix in (*POSTINGS, BLOCKS, TF_VALUES, CHUNKS)]


def all_parts() -> list[str]:
    """Every file a segment has (tombstones aside)."""
    return [*TEXTS, *posting_parts(), *column_parts()]


def bigram_key(a: int, b: int = 0) -> int:
    """Posting key of the code points a, b (b = 0: the unigram a)."""
    return (a << BIGRAM_SHIFT) | b


def trigram_key(a: int, b: int, c: int) -> int:
    """Posting key of three alphabet codes."""
    return (a << 2 * CODE_BITS) | (b << CODE_BITS) | c


def numeric(value: Any) -> float:
    """A fact value as a column float: NaN for non-numbers (dates, text,
    booleans), +-inf for integers beyond float range, so every filter keeps
    its order (a 309-digit figure is still > 1亿).  Decimal text counts as a
    number: the fact records of a segment keep integers beyond 64 bits and
    exact decimals as text."""
    if isinstance(value, str):
        if not _DECIMAL_TEXT.fullmatch(value):
            return math.nan
        value = Decimal(value)
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return math.nan
    try:
        return float(value)
    except OverflowError:
        return math.inf if value > 0 else -math.inf
