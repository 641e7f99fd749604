"""jieba's word counts for the word cuts (store.facts.words), without
building a dict of its 350,000 words in a process that asks about a few
dozen of them (adding one article).

The first process to read a dict.txt writes a table of it to the user cache
(store.facts.load_cache), named by a hash of the file's bytes and of the
parts of speech kept: the words sorted and joined into one string, their
counts likewise, the offsets of both, the kept parts of speech and the log
of the total count.  Later processes load that table and find a word by
binary search; once a process has asked about LOOKUPS_BEFORE_DICT words (an
ingest of many articles) it builds the dict from dict.txt as before, so it
never spends much more than the dict's cost.  Both answer every word the
same: the table is made from that dict.
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_left
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from store.facts import load_cache

# A lookup in the table costs some twenty times one in the dict: past this many the
# dict, built in about the time of this many table lookups, pays for itself.
LOOKUPS_BEFORE_DICT = 2_000

# (words joined by "\n", counts joined by "\n", offsets of the words, offsets
# of the counts (array 'I' bytes, one more than words), tags, log total)
Table = tuple[str, str, bytes, bytes, dict[str, str], float]


def word_counts(path: Path, clause_tags: frozenset[str]) -> tuple[Any, dict[str, str], float]:
    """(word → count as written, answering ``in`` and ``get``; word → its
    part of speech when one of ``clause_tags``; log of the total count)."""
    data = path.read_bytes()
    import xxhash

    key = xxhash.xxh3_128_hexdigest(data + " ".join(sorted(clause_tags)).encode())
    cache = load_cache.cache_dir() / f"jieba-words-{key}.marshal"
    table = load_cache.read(cache)
    if _sound(table):
        return WordCounts(table), table[4], table[5]
    freq, tags, total = parse(data, clause_tags)
    load_cache.write(cache, _table(freq, tags, total))
    return freq, tags, total


def parse(data: bytes, clause_tags: frozenset[str]) -> tuple[dict[str, str], dict[str, str], float]:
    """dict.txt's counts (kept as written), the tags a cut asks about (most
    words are nouns: not kept) and the log of the total count."""
    raw = data.decode("utf-8").split()
    freq = dict(zip(raw[0::3], raw[1::3], strict=False))
    tags = {w: t for w, t in zip(raw[0::3], raw[2::3], strict=False) if t in clause_tags}
    return freq, tags, math.log(sum(map(int, raw[1::3])) or 1)


def _table(freq: dict[str, str], tags: dict[str, str], total: float) -> Table:
    words = sorted(freq)
    return ("\n".join(words), "\n".join(freq[w] for w in words), _offsets(words).tobytes(),
            _offsets([freq[w] for w in words]).tobytes(), tags, total)


def _offsets(items: list[str]) -> array:
    out = array("I", [0])
    for item in items:
        out.append(out[-1] + len(item) + 1)
    return out


def _sound(table: Any) -> bool:
    if not (isinstance(table, tuple) and len(table) == 6 and isinstance(table[0], str) and isinstance(table[1], str)
            and isinstance(table[2], bytes) and isinstance(table[3], bytes) and isinstance(table[4], dict)
            and isinstance(table[5], float)):
        return False
    return len(table[2]) == len(table[3]) and len(table[2]) % array("I").itemsize == 0


class _Lines(Sequence):
    """The lines of a joined string, by their offsets (one more than lines)."""

    def __init__(self, text: str, offsets: array) -> None:
        self._text, self._offsets = text, offsets

    @property
    def joined(self) -> str:
        return self._text

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __getitem__(self, i: Any) -> Any:
        return self._text[self._offsets[i]:self._offsets[i + 1] - 1]


class WordCounts:
    """Word → count as written in dict.txt, from the sorted table, then (after
    many lookups) from the dict made the way it always was."""

    def __init__(self, table: Table) -> None:
        self._words = _Lines(table[0], _array(table[2]))
        self._counts = _Lines(table[1], _array(table[3]))
        self._lookups = 0
        self._dict: dict[str, str] | None = None

    @property
    def built(self) -> dict[str, str] | None:
        """The dict once it is built (its owner may then ask it directly: `in` on this
        object is a Python call, on the dict a C one)."""
        return self._dict

    def get(self, word: str, default: Any = None) -> Any:
        if self._dict is None:
            self._lookups += 1
            if self._lookups <= LOOKUPS_BEFORE_DICT:
                i = bisect_left(self._words, word)
                return self._counts[i] if i < len(self._words) and self._words[i] == word else default
            # the table's own lines, split: the dict of dict.txt without decoding and splitting it again
            self._dict = dict(zip(self._words.joined.split("\n"), self._counts.joined.split("\n"),
                                  strict=True)) if len(self._words) else {}
            # From now on a lookup is the dict's own (an ingest makes millions).
            self.get = self._dict.get  # type: ignore[method-assign]
        return self._dict.get(word, default)

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.get(word) is not None


def _array(raw: bytes) -> array:
    out = array("I")
    out.frombytes(raw)
    return out
