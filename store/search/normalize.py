"""Text normalisation shared by the search index and the query parser.

Every character is mapped on its own to NFKC + casefold (full-width ９５ -> 95,
Latin case folded).  Mapping char by char (rather than NFKC over the whole
string) keeps a simple correspondence between original and normalised
offsets, which hit_spans needs; the index and the queries use the same
mapping, so matching stays consistent.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from itertools import accumulate


def _fold_char(ch: str) -> str:
    if ch == "\x00":  # NUL separates fields inside the index blob
        return " "
    out = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", ch).casefold())
    return out or ch


class _FoldTable(dict):
    """str.translate table filled lazily: a cached lookup per distinct char."""

    def __missing__(self, code: int) -> int | str:
        folded = _fold_char(chr(code))
        value: int | str = ord(folded) if len(folded) == 1 else folded
        self[code] = value
        return value


_TABLE = _FoldTable()
_WIDTH: dict[str, int] = {}   # char -> length of its normalisation


def normalize(text: str) -> str:
    """NFKC + casefold, char by char; NUL becomes a space."""
    if text.isascii():
        out = text.lower()
        return out.replace("\x00", " ") if "\x00" in out else out
    return text.translate(_TABLE)


def offset_map(text: str, normed: str | None = None) -> list[int] | None:
    """Start offset in normalize(text) of each original char, or None when
    the mapping is the identity (the usual case: every char maps to one)."""
    if normed is None:
        normed = normalize(text)
    if len(normed) == len(text):  # each char maps to >= 1 chars, so all map to exactly 1
        return None
    # widths cached per char, then a running sum in C (a per-char Python loop is slow)
    for ch in set(text).difference(_WIDTH):
        _WIDTH[ch] = len(normalize(ch))
    return list(accumulate(map(_WIDTH.__getitem__, text[:-1]), initial=0))


def to_original(starts: list[int] | None, span: tuple[int, int]) -> tuple[int, int]:
    """Map a span of normalised text back to the original chars that produced it."""
    a, b = span
    if starts is None:
        return a, b
    oa = bisect_right(starts, a) - 1
    ob = bisect_right(starts, b - 1) if b > a else oa
    return oa, ob


def find_all(haystack: str, needle: str) -> list[tuple[int, int]]:
    """Non-overlapping occurrences of needle, left to right."""
    spans = []
    if not needle:
        return spans
    i = haystack.find(needle)
    n = len(needle)
    while i != -1:
        spans.append((i, i + n))
        i = haystack.find(needle, i + n)
    return spans


def utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def utf32(text: str) -> bytes:
    """Little-endian UTF-32: one 4-byte code point per char, for numpy."""
    return text.encode("utf-32-le", "surrogatepass")
