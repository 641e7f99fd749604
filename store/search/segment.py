"""Reading one index segment: its documents, titles and bodies, and facts.

Every file is mapped when the segment is opened, so a later rewrite or unlink
of the index cannot pull data from under a reader (POSIX keeps unlinked
mappings alive).  The parts and their layout are those of
store.search.format; nothing here depends on the writer.  Term matching over
the postings is in store.search.terms.
"""

from __future__ import annotations

import copy
import mmap
import os
import re
from bisect import bisect_left
from collections.abc import Callable
from pathlib import Path

import numpy as np

from store.search.chunked import ChunkedReader
from store.search.doctext import CACHE_DOCS, FrameReader, read_fact_meta, read_patches
from store.search.format import (
    BLOCKS,
    CHUNKS,
    COLUMNS,
    POSTINGS,
    TEXTS,
    TF_VALUES,
    WHOLE_FACT_ID,
    SegmentMeta,
    part_path,
)
from store.search.query import FactFilter, unit_forms


def full_fact_id(stored: str, doc_id: str) -> str:
    """A fact id from its stored form (store.search.build.short_fact_id)."""
    return stored[1:] if stored.startswith(WHOLE_FACT_ID) else f"{doc_id}:{stored}"


def _map(path: Path) -> mmap.mmap | bytes:
    with open(path, "rb") as fh:
        if os.fstat(fh.fileno()).st_size == 0:
            return b""
        return mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)


def decode_prefix(mm: mmap.mmap | bytes, a: int, b: int, chars: int) -> str:
    """At least `chars` chars of the UTF-8 text mm[a:b] (all of it if shorter),
    decoding only a prefix: a char takes at most 4 bytes."""
    end = a + 4 * chars
    if end >= b:
        end = b
    else:
        while end > a and mm[end] & 0xC0 == 0x80:  # back to a char boundary
            end -= 1
    return mm[a:end].decode("utf-8", "surrogatepass")


def _hits_in_parts(blob: bytes, a: int, b: int, needle: bytes, held: set[int]) -> None:
    """Add to `held` the numbers of the NUL-separated parts of blob[a:b] that hold `needle`."""
    i = blob.find(needle, a, b)
    while i >= 0:
        held.add(blob.count(b"\x00", a, i))
        end = blob.find(b"\x00", i, b)
        if end < 0:
            return
        i = blob.find(needle, end + 1, b)


def raw_array(path: Path, dtype: str) -> np.ndarray:
    """A raw little-endian array file, memory-mapped (read-only)."""
    mm = _map(path)
    return np.frombuffer(mm, dtype=np.dtype(dtype)) if len(mm) else np.zeros(0, dtype=dtype)


_NPY_HEADER = re.compile(rb"\{'descr': '([<>|][a-z]\d+)', 'fortran_order': False, 'shape': \((\d*),? ?(\d*),?\), \}")


def npy_array(path: Path) -> np.ndarray:
    """A .npy column, memory-mapped (read-only).  np.load parses each header
    with the Python compiler and resolves the path: most of an index's open
    time when it has many columns.  Headers this writer does not make go to
    np.load."""
    mm = _map(path)
    if len(mm) >= 10 and mm[:6] == b"\x93NUMPY" and mm[6] == 1:
        size = int.from_bytes(mm[8:10], "little")
        m = _NPY_HEADER.match(mm[10:10 + size])
        if m:
            shape = tuple(int(x) for x in m.groups()[1:] if x)
            return np.frombuffer(mm, dtype=np.dtype(m.group(1).decode()), count=int(np.prod(shape)),
                                 offset=10 + size).reshape(shape)
    return np.asarray(np.load(path, mmap_mode="r"))


class Segment:
    """One immutable segment of the index, memory-mapped.  Its columns
    (store.search.format.COLUMNS) are attributes of the same names, as plain
    ndarray views of the mappings (indexing an np.memmap runs Python code)."""

    nlen: np.ndarray
    zoff: np.ndarray
    tioff: np.ndarray
    date: np.ndarray
    same: np.ndarray
    idoff: np.ndarray
    fdoc: np.ndarray
    fkind: np.ndarray
    fval: np.ndarray
    hifact: np.ndarray
    hival: np.ndarray
    fyear: np.ndarray
    funit: np.ndarray
    tcode: np.ndarray

    def __init__(self, directory: Path, meta: SegmentMeta):
        self.name: str = meta["name"]
        self.n: int = int(meta["n_docs"])
        self.units: dict[str, int] = {u: i for i, u in enumerate(meta.get("units", []))}
        self.kinds: dict[str, int] = {k: i for i, k in enumerate(meta["kinds"])}
        self.tri_min: int = int(meta["tri_min"])
        path = lambda part: part_path(directory, self.name, part)
        for part in COLUMNS:
            setattr(self, part, npy_array(path(f"{part}.npy")))
        # (keys, offs, data, tf values, blocks) of the unigram/bigram and the trigram postings
        self.bigrams, self.trigrams = (self._postings(path, prefix) for prefix in ("p", "t"))
        self.norm, self.zdict, self.title_blob, self.ids = (_map(path(part)) for part in TEXTS)
        self.frames = FrameReader(self.norm, self.zoff, self.zdict)
        dead = meta.get("dead")
        self.live: np.ndarray | None = None
        if dead:
            self.live = ~npy_array(directory / dead)
        self._fstart: np.ndarray | None = None
        self._fhigh: np.ndarray | None = None
        self._id_array: np.ndarray | None = None
        self._id_numbers: np.ndarray | None = None
        self._date_key: np.ndarray | None = None
        self._noff: np.ndarray | None = None
        self._patch_cache: dict[int, tuple[list[int], str]] = {}
        self._meta_cache: dict[int, tuple[list[tuple[int, int] | None], list[str]]] = {}
        self._code: dict[str, int] | None = None
        self._check()

    @staticmethod
    def _postings(path: Callable[[str], Path], prefix: str) -> tuple:
        """(keys, offs, data, tf values, blocks) of the unigram/bigram (p) or trigram (t) postings."""
        keys, offs = (np.asarray(raw_array(path(prefix + k), POSTINGS[k])) for k in ("keys", "offs"))
        blocks = npy_array(path(prefix + BLOCKS)).tolist()
        if len(offs) != len(keys) + len(blocks):
            raise ValueError("segment postings disagree")
        length = blocks[-1][3] + int(offs[-1]) if blocks else 0  # the last block's end
        data = ChunkedReader(_map(path(prefix + "data")), npy_array(path(prefix + CHUNKS)), length)
        return keys, offs, data, npy_array(path(prefix + TF_VALUES)), blocks

    @property
    def code(self) -> dict[str, int]:
        """Each char's trigram code (store.search.postings.Alphabet)."""
        if self._code is None:
            self._code = {chr(c): i + 1 for i, c in enumerate(self.tcode.tolist())}
        return self._code

    def _check(self) -> None:
        """A truncated or mismatched segment must not open as valid."""
        n = self.n
        if len(self.nlen) != n or len(self.idoff) != n + 1 or len(self.same) != n or len(self.tioff) != n + 1 \
                or len(self.zoff) != 2 * n + 1 or int(self.zoff[-1]) != len(self.norm):
            raise ValueError("segment arrays disagree")
        if len(self.hifact) != len(self.hival) or (len(self.hifact) and int(self.hifact[-1]) >= len(self.fdoc)):
            raise ValueError("segment fact arrays disagree")
        if self.live is not None and len(self.live) != n:
            raise ValueError("tombstones disagree")

    # ----- documents
    def doc_id(self, d: int) -> str:
        return self.ids[int(self.idoff[d]):int(self.idoff[d + 1])].decode("utf-8", "surrogatepass")

    def id_array(self) -> np.ndarray:
        """Every doc id as an object array, decoded once per segment on first
        use (gathers whole result lists in C)."""
        if self._id_array is None:
            self._id_array = np.array(self.all_ids(), dtype=object)
        return self._id_array

    def all_ids(self) -> list[str]:
        raw = self.ids[:].decode("utf-8", "surrogatepass")
        off = np.asarray(self.idoff)
        # offsets are byte offsets; decode per id when the blob is not ASCII
        if raw.isascii():
            return [raw[a:b] for a, b in zip(off[:-1].tolist(), off[1:].tolist())]
        return [self.doc_id(i) for i in range(self.n)]

    @property
    def noff(self) -> np.ndarray:
        """Per doc, byte offsets in its text (`payload`) of the normalised
        title start, title end and body end, and the subjects' end after it."""
        if self._noff is None:
            t, b, s = (np.asarray(self.nlen[:, k], dtype=np.int64) for k in range(3))
            self._noff = np.stack([np.zeros_like(t), t, t + 1 + b, t + b + s + 2], axis=1)
        return self._noff

    def payload(self, d: int) -> bytes:
        """Doc `d`'s normalised title NUL body (store.search.doctext)."""
        return self.frames.payload(2 * d)

    def extras(self, d: int) -> bytes:
        """Doc `d`'s subjects, fact texts and original differences (store.search.doctext)."""
        return self.frames.payload(2 * d + 1)

    def contains(self, q: bytes, ds: np.ndarray) -> np.ndarray:
        """Mask over docs `ds`: whose normalised title or body holds `q`."""
        ds = np.asarray(ds, dtype=np.int64)
        ends = (self.nlen[ds, 0].astype(np.int64) + self.nlen[ds, 1] + 1).tolist()
        texts = self.frames.each((2 * ds).tolist())
        return np.fromiter((p.find(q, 0, e) >= 0 for p, e in zip(texts, ends)), dtype=bool, count=len(ds))

    def _original(self, d: int) -> tuple[bytes, int]:
        """(doc `d`'s extras, where its original part starts)."""
        _, _, _, f, m = self.nlen[d].tolist()
        return self.extras(d), f + m

    def title_body(self, d: int) -> tuple[str, str]:
        """The original title and body."""
        title = self.title(d)
        if self.same[d]:
            t, b = self.nlen[d, :2].tolist()
            body = self._patched(d, self.payload(d)[t + 1:t + 1 + b].decode("utf-8", "surrogatepass"), len(title) + 1)
            return title, body
        p, at = self._original(d)
        return title, p[at + len(title.encode("utf-8", "surrogatepass")) + 1:].decode("utf-8", "surrogatepass")

    def titles(self, ds: np.ndarray) -> list[str]:
        """Original titles of docs `ds`."""
        ds = np.asarray(ds, dtype=np.int64)
        blob = self.title_blob
        return [blob[a:b].decode("utf-8", "surrogatepass")
                for a, b in zip(self.tioff[ds].tolist(), self.tioff[ds + 1].tolist())]

    def title(self, d: int) -> str:
        a, b = self.tioff[d:d + 2].tolist()
        return self.title_blob[a:b].decode("utf-8", "surrogatepass")

    def body_window(self, d: int, lo: int, hi: int) -> tuple[str, bool]:
        """Chars lo..hi of the original body, and whether the body goes on after
        them; only the stored text up to them is decoded (a char takes <= 4
        bytes), and only the window is patched."""
        if self.same[d]:
            p = self.payload(d)
            t, b = self.nlen[d, :2].tolist()
            pre = decode_prefix(p, t + 1, t + 1 + b, hi + 1)
            n_title = len(p[:t].decode("utf-8", "surrogatepass"))
            return self._patched(d, pre[lo:hi], n_title + 1 + lo), len(pre) > hi
        p, at = self._original(d)
        start = at + len(self.title(d).encode("utf-8", "surrogatepass")) + 1
        pre = decode_prefix(p, start, len(p), hi + 1)
        return pre[lo:hi], len(pre) > hi

    def _patched(self, d: int, text: str, start: int) -> str:
        """`text`, the normalised chars from `start` of a one-to-one doc's
        title NUL body, with the original chars put back."""
        if not text:
            return text
        positions, chars = self._patches(d)
        lo, hi = bisect_left(positions, start), bisect_left(positions, start + len(text))
        if lo == hi:
            return text
        out = list(text)
        for k in range(lo, hi):
            out[positions[k] - start] = chars[k]
        return "".join(out)

    def _patches(self, d: int) -> tuple[list[int], str]:
        """(positions, original chars) of a one-to-one doc's patches, kept for
        the docs read last (a page's snippets ask for them several times)."""
        got = self._patch_cache.get(d)
        if got is None:
            p, at = self._original(d)
            got = read_patches(p[at:])
            if len(self._patch_cache) >= CACHE_DOCS:
                self._patch_cache.clear()
            self._patch_cache[d] = got
        return got

    def norm_body_span(self, d: int) -> tuple[int, int]:
        t, b = self.nlen[d, :2].tolist()
        return t + 1, t + 1 + b

    @property
    def date_key(self) -> np.ndarray:
        """Dates as ordinals that fit 18 bits (0 = no date, sorts last), for ranking."""
        if self._date_key is None:
            d = np.asarray(self.date, dtype=np.int64)
            y, m, dd = d // 10000, d // 100 % 100, d % 100
            self._date_key = np.where(d > 0, np.clip(y - 1800, 0, 511) * 372 + m * 31 + dd, 0).astype(np.int64)
        return self._date_key

    def hiding(self, gone: set[str]) -> Segment:
        """This segment with the docs whose ids are in `gone` dead as well (a
        shallow copy when there are any: the segment itself is unchanged)."""
        hit = [i for i, x in enumerate(self.id_array().tolist()) if x in gone]
        if not hit:
            return self
        view = copy.copy(self)
        view.live = np.ones(self.n, dtype=bool) if self.live is None else self.live.copy()
        view.live[hit] = False
        return view

    def live_docs(self) -> np.ndarray:
        if self.live is None:
            return np.arange(self.n, dtype=np.uint32)
        return np.flatnonzero(self.live).astype(np.uint32)

    # ----- facts
    @property
    def fstart(self) -> np.ndarray:
        if self._fstart is None:
            self._fstart = np.searchsorted(np.asarray(self.fdoc), np.arange(self.n + 1))
        return self._fstart

    @property
    def fhigh(self) -> np.ndarray:
        """Per fact: value_high, NaN = none (stored for the few that have one)."""
        if self._fhigh is None:
            high = np.full(len(self.fdoc), np.nan)
            high[self.hifact] = self.hival
            self._fhigh = high
        return self._fhigh

    def fact_range(self, d: int) -> range:
        fs = self.fstart
        return range(int(fs[d]), int(fs[d + 1]))

    def fact_id(self, f: int) -> str:
        d = int(self.fdoc[f])
        return full_fact_id(self._fact_ids(d)[f - int(self.fstart[d])], self.doc_id(d))

    def _fact_ids(self, d: int) -> list[str]:
        """The ids of doc `d`'s facts, as stored (store.search.build.short_fact_id)."""
        return self._fact_meta(d)[1]

    def _fact_meta(self, d: int) -> tuple[list[tuple[int, int] | None], list[str]]:
        """(clause spans in the doc's text, fact ids) of doc `d`'s facts (store.search.doctext),
        kept for the docs read last (a page asks for them more than once)."""
        got = self._meta_cache.get(d)
        if got is None:
            _, _, _, f, m = self.nlen[d].tolist()
            got = read_fact_meta(self.extras(d)[f:f + m], int(self.fstart[d + 1] - self.fstart[d]))
            if len(self._meta_cache) >= CACHE_DOCS:
                self._meta_cache.clear()
            self._meta_cache[d] = got
        return got

    def fact_texts(self, f: int) -> tuple[str, str]:
        """The normalised subject and clause of fact `f`."""
        d = int(self.fdoc[f])
        subject, clause = self._fact_texts(d)[f - int(self.fstart[d])]
        return subject.decode("utf-8", "surrogatepass"), clause.decode("utf-8", "surrogatepass")

    def _fact_texts(self, d: int) -> list[tuple[bytes, bytes]]:
        """(subject, clause) of each fact of doc `d`, normalised."""
        t, b, s, f, _ = self.nlen[d].tolist()
        text = self.payload(d)
        subjects = text[t + b + 2:t + b + 2 + s].split(b"\x00")
        clauses = self.extras(d)[:f].split(b"\x00")
        spans = self._fact_meta(d)[0]
        return [(subject, text[span[0]:span[1]] if span else clause)
                for subject, clause, span in zip(subjects, clauses, spans)]

    def _facts_holding(self, flat: np.ndarray, needles: list[bytes]) -> np.ndarray:
        """Mask over facts `flat` (grouped by doc): whose subject or clause holds a needle."""
        keep = np.zeros(len(flat), dtype=bool)
        if not len(flat):
            return keep
        docs = self.fdoc[flat].astype(np.int64)
        cuts = (np.flatnonzero(np.diff(docs)) + 1).tolist()
        local = (flat - self.fstart[docs]).tolist()
        for a, b in zip([0, *cuts], [*cuts, len(flat)]):
            held = self._facts_with(int(docs[a]), needles)
            if held:
                keep[a:b] = [k in held for k in local[a:b]]
        return keep

    def _facts_with(self, d: int, needles: list[bytes]) -> set[int] | range:
        """Doc `d`'s facts (numbered from 0) whose subject or clause holds a
        needle: the needles are looked for in the doc's subjects and clauses
        kept as text all at once, and the hits mapped to facts (NUL ends
        each); a clause kept as a span of the text is searched there."""
        t, b, s, f, _ = self.nlen[d].tolist()
        if any(not n for n in needles):
            return range(int(self.fstart[d + 1] - self.fstart[d]))
        text, clauses = self.payload(d), self.extras(d)
        spans = self._fact_meta(d)[0]
        held: set[int] = set()
        for n in needles:
            _hits_in_parts(text, t + b + 2, t + b + 2 + s, n, held)
            _hits_in_parts(clauses, 0, f, n, held)
            find = text.find
            held.update(k for k, span in enumerate(spans) if span and k not in held and find(n, *span) >= 0)
        return held

    def page(self, ds: np.ndarray, fmask: np.ndarray | None, literals: list[str], n_text: int) -> list[tuple]:
        """(article id, title, fact indices, fact ids) for each doc of `ds`: the facts
        matching the filters (fmask), or without filters the facts whose subject or
        clause contains one of `literals` (only for the first `n_text` docs).  Offsets are gathered with numpy first:
        per-element access to memory-mapped arrays is slow."""
        ds = np.asarray(ds, dtype=np.int64)
        id_a, id_b = self.idoff[ds].tolist(), self.idoff[ds + 1].tolist()
        fs = self.fstart
        f_a, f_b = fs[ds], fs[ds + 1]
        counts = f_b - f_a
        if fmask is None:
            counts[int(n_text):] = 0
        # every fact of the selected docs, flattened
        flat = np.repeat(f_a - np.concatenate([[0], np.cumsum(counts)[:-1]]), counts) + np.arange(int(counts.sum()))
        if fmask is not None:
            keep = np.asarray(fmask)[flat]
        elif literals and len(flat):
            keep = self._facts_holding(flat, [t.encode("utf-8", "surrogatepass") for t in literals])
        else:
            keep = np.zeros(len(flat), dtype=bool)
        owner = np.repeat(np.arange(len(ds)), counts)[keep]
        chosen = flat[keep]
        per_doc: list[list[int]] = [[] for _ in range(len(ds))]
        per_ids: list[list[str]] = [[] for _ in range(len(ds))]
        ids = self.ids
        doc_ids = [ids[a:b].decode("utf-8", "surrogatepass") for a, b in zip(id_a, id_b)]
        o_at, stored = -1, []
        for o, f in zip(owner.tolist(), chosen.tolist()):
            if o != o_at:
                d = int(ds[o])
                o_at, first, stored = o, int(fs[d]), self._fact_ids(d)
            per_doc[o].append(f)
            per_ids[o].append(full_fact_id(stored[f - first], doc_ids[o]))
        return list(zip(doc_ids, self.titles(ds), per_doc, per_ids))

    def fact_mask(self, filters: list[FactFilter]) -> np.ndarray:
        m = np.ones(len(self.fdoc), dtype=bool)
        if not len(m):
            return m
        val = np.asarray(self.fval)
        high = np.asarray(self.fhigh)
        lo_col, hi_col = val, np.where(np.isnan(high), val, high)
        for f in filters:
            if f.kinds is not None:
                m &= np.isin(self.fkind, [self.kinds[k] for k in f.kinds if k in self.kinds])
            if f.unit is not None:  # in either script: unit:吨 finds 噸
                codes = [c for c in (self.units.get(u) for u in unit_forms(f.unit)) if c is not None]
                if not codes:
                    m[:] = False
                else:
                    m &= np.isin(np.asarray(self.funit), codes)
            if f.year_lo is not None:
                y = np.asarray(self.fyear)
                m &= (y >= f.year_lo) & (y <= (f.year_hi if f.year_hi is not None else f.year_lo))
            with np.errstate(invalid="ignore"):
                if f.lo is not None:
                    m &= (hi_col > f.lo) if f.lo_strict else (hi_col >= f.lo)
                if f.hi is not None:
                    m &= (lo_col < f.hi) if f.hi_strict else (lo_col <= f.hi)
        if self.live is not None:
            m &= self.live[np.asarray(self.fdoc)]
        return m
