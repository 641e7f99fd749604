"""Exact term matching over one index segment's postings.

Terms of 1 or 2 chars are answered exactly by their postings, and so are 3-char
terms whose trigram is stored (those whose two bigrams are both common: see
store.search.postings).  Other terms intersect, for each of their trigrams, its
postings if stored or else its rarer bigram's (at most `tri_min` docs), which
leaves about the true matches, and verify each candidate with bytes.find in
its normalised text (decompressed: store.search.doctext).  Occurrence counts (for ranking) of such
terms are the smallest count among those grams: exact for all but overlapping
repeats, and never below one on a match.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

import numpy as np

from store.search import varint
from store.search.format import CODE_BITS, TF_FIELDS, bigram_key, trigram_key
from store.search.normalize import utf8

if TYPE_CHECKING:
    from store.search.segment import Segment

EMPTY_U32 = np.zeros(0, dtype=np.uint32)
EMPTY_I64 = np.zeros(0, dtype=np.int64)
W_TITLE, W_SUBJ, W_BODY = 10, 3, 1   # score weights of a hit in the title, a fact subject, the body


def unpack_tf(tf: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The body, title and subject counts packed in posting tfs."""
    body, title, subj = ((tf >> shift) & cap for _, shift, cap in TF_FIELDS)
    return body, title, subj


def _tf_tables() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """score, hits and "matches" of every packed tf (body:8, title:4, subj:4 bits):
    one gather per posting list instead of a handful of array operations."""
    tf = np.arange(1 << 16, dtype=np.int64)
    body, title, subj = unpack_tf(tf)
    return ((W_TITLE * title + W_SUBJ * subj + W_BODY * body).astype(np.int64), (title + body).astype(np.int64),
            (title | body) > 0)   # a subject-only hit is not a match (subjects only rank)


TF_SCORE, TF_HITS, TF_MATCH = _tf_tables()


def in_sorted(a: np.ndarray, b: np.ndarray, n: int | None = None) -> np.ndarray:
    """Mask over sorted `a`: which elements are in sorted `b`.  With `n` (the
    doc numbers' bound) long inputs go through a bitmap: O(n), no log factor."""
    if len(b) == 0 or len(a) == 0:
        return np.zeros(len(a), dtype=bool)
    if n is not None and len(a) + len(b) > n >> 4:
        bits = np.zeros(n, dtype=bool)
        bits[b] = True
        return bits[a]
    idx = np.searchsorted(b, a)
    idx[idx >= len(b)] = 0
    return b[idx] == a


class TermHits:
    """Documents matching one term with their score and hit count (int64)."""

    __slots__ = ("docs", "hits", "score")

    def __init__(self, docs: np.ndarray, score: np.ndarray, hits: np.ndarray):
        self.docs, self.score, self.hits = docs, score, hits

    @classmethod
    def empty(cls) -> TermHits:
        return cls(EMPTY_U32, EMPTY_I64, EMPTY_I64)

    @classmethod
    def from_tf(cls, docs: np.ndarray, tf: np.ndarray) -> TermHits:
        tf = np.asarray(tf)
        ok = TF_MATCH[tf]
        if not ok.all():
            docs, tf = docs[ok], tf[ok]
        return cls(np.asarray(docs), TF_SCORE[tf], TF_HITS[tf])


def _postings(seg: Segment, key: int) -> tuple[np.ndarray, np.ndarray]:
    return _lookup(*seg.bigrams, key)

def _tri_postings(seg: Segment, key: int) -> tuple[np.ndarray, np.ndarray]:
    return _lookup(*seg.trigrams, key)

def _lookup(keys: np.ndarray, offs: np.ndarray, data: np.ndarray, tf_values: np.ndarray, blocks: list[list[int]],
            key: int) -> tuple[np.ndarray, np.ndarray]:
    """(doc numbers as uint32, packed tf) of `key`, decoded from its varint
    (doc gap, tf code) pairs in each doc block (store.search.format)."""
    k = np.uint64(key)
    docs, tfs = [], []
    for ordinal, (base, ka, kb, start) in enumerate(blocks):
        i = ka + int(np.searchsorted(keys[ka:kb], k))
        if i < kb and keys[i] == k:
            a, b = offs[i + ordinal:i + ordinal + 2].tolist()
            gaps, codes = varint.decode_postings(data[start + a:start + b])
            d = np.cumsum(gaps, dtype=np.uint32)
            if base:
                d += np.uint32(base)
            docs.append(d)
            tfs.append(tf_values[codes])
    if not docs:
        return EMPTY_U32, np.zeros(0, dtype=np.uint16)
    if len(docs) == 1:
        return docs[0], tfs[0]
    return np.concatenate(docs), np.concatenate(tfs)

def _tri_keys(seg: Segment, text: str) -> list[int] | None:
    """Trigram keys of `text` (3+ chars), or None when a char has no code."""
    code = seg.code
    try:
        cs = [code[c] for c in text]
    except KeyError:
        if any(ord(c) >= 0x10000 for c in text) or len(code) >= (1 << CODE_BITS) - 1:
            return None  # chars without codes: no trigrams for them
        return []  # a char the segment never saw: nothing here can match
    return [trigram_key(a, b, c) for a, b, c in zip(cs, cs[1:], cs[2:])]

def _gram_lists(seg: Segment, text: str) -> tuple[list[tuple[np.ndarray, np.ndarray]], bool] | None:
    """Posting lists (docs, tf) whose intersection holds every doc matching
    `text` (3+ chars), and whether that intersection is exact (one stored
    trigram is the whole term); None when nothing can match."""
    cps = [ord(c) for c in text]
    pairs = [bigram_key(a, b) for a, b in pairwise(cps)]
    bi = {k: _postings(seg, k) for k in set(pairs)}
    tk = _tri_keys(seg, text)
    if tk == []:
        return None
    if tk is None:  # chars without trigram codes: bigrams only
        return list(bi.values()), False
    lists = []
    for j, k in enumerate(tk):
        d1, d2 = bi[pairs[j]], bi[pairs[j + 1]]
        if min(len(d1[0]), len(d2[0])) > seg.tri_min:  # stored (see store.search.postings)
            lists.append(_tri_postings(seg, k))
        else:
            lists.append(d1 if len(d1[0]) <= len(d2[0]) else d2)
    exact = len(tk) == 1 and min(len(bi[pairs[0]][0]), len(bi[pairs[1]][0])) > seg.tri_min
    return lists, exact

def estimate(seg: Segment, text: str) -> int:
    """Upper bound on the documents matching `text` (for ordering AND terms)."""
    cps = [ord(c) for c in text]
    if len(cps) <= 2:
        return len(_postings(seg, bigram_key(*cps))[0])
    gl = _gram_lists(seg, text)
    return 0 if gl is None else min(len(d) for d, _ in gl[0])

def match(seg: Segment, text: str, restrict: np.ndarray | None = None) -> TermHits:
    """Documents whose normalised title or body contains `text` (normalised),
    optionally only among the sorted doc numbers `restrict`."""
    cps = [ord(c) for c in text]
    if not cps:
        return TermHits.empty()
    if len(cps) <= 2:
        key = bigram_key(*cps)
        return _exact(*_postings(seg, key), restrict, seg.n)
    gl = _gram_lists(seg, text)
    if gl is None:
        return TermHits.empty()
    lists, exact = gl
    if exact:
        return _exact(*lists[0], restrict, seg.n)
    lists.sort(key=lambda dt: len(dt[0]))
    cand, tf = lists[0]
    if not len(cand):
        return TermHits.empty()
    cand, tf = np.asarray(cand), np.asarray(tf)
    if restrict is not None:
        m = in_sorted(cand, restrict, seg.n)
        cand, tf = cand[m], tf[m]
    # field counts: the smallest among the grams (an upper bound, >= 1 on a match)
    body, title, subj = unpack_tf(tf)
    for odocs, otf in lists[1:]:
        if not len(cand):
            break
        odocs = np.asarray(odocs)
        if len(odocs) > seg.n >> 4:
            pos = np.full(seg.n, -1, dtype=np.int64)  # bitmap-style lookup: O(n), no log factor
            pos[odocs] = np.arange(len(odocs))
            idx = pos[cand]
            m = idx >= 0
        else:
            idx = np.searchsorted(odocs, cand)
            idx[idx >= len(odocs)] = 0
            m = odocs[idx] == cand
        cand, body, title, subj = cand[m], body[m], title[m], subj[m]
        o = np.asarray(otf)[idx[m]]
        ob, ot, os_ = unpack_tf(o)
        body, title, subj = np.minimum(body, ob), np.minimum(title, ot), np.minimum(subj, os_)
    ok = _contains(seg, utf8(text), cand)
    cand, body, title, subj = cand[ok], body[ok].astype(np.int64), title[ok].astype(np.int64), subj[ok].astype(np.int64)
    return TermHits(cand, W_TITLE * title + W_SUBJ * subj + W_BODY * body, title + body)

def _exact(docs: np.ndarray, tf: np.ndarray, restrict: np.ndarray | None, n: int) -> TermHits:
    if restrict is not None:
        m = in_sorted(docs, restrict, n)
        docs, tf = docs[m], tf[m]
    return TermHits.from_tf(docs, tf)

def _contains(seg: Segment, q: bytes, cand: np.ndarray) -> np.ndarray:
    """Mask over `cand`: which docs' normalised title or body holds `q`."""
    if not len(cand):
        return np.zeros(0, dtype=bool)
    return seg.contains(q, cand)
