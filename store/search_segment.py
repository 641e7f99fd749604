"""Reading one index segment: exact term matching and fact filtering.

Terms of 1 or 2 chars are answered exactly by their postings; longer terms
intersect the postings of their rarest bigrams and verify each candidate with
bytes.find in the memory-mapped normalised text.  Every file is mapped when
the segment is opened, so a later rewrite/unlink of the index cannot pull data
from under a reader (POSIX keeps unlinked mappings alive).
"""

from __future__ import annotations

import mmap
from pathlib import Path

import numpy as np

from store.query import KINDS, FactFilter
from store.search_build import DOC_BITS  # noqa: F401  (format constant, kept together)
from store.search_norm import normalize, utf8

_KIND_CODE = {k: i for i, k in enumerate(KINDS)}
EMPTY_U32 = np.zeros(0, dtype=np.uint32)
EMPTY_I64 = np.zeros(0, dtype=np.int64)
VERIFY_INTERSECT = 4   # how many rare bigrams to intersect before verifying


def _map(path: Path) -> mmap.mmap | bytes:
    with open(path, "rb") as fh:
        if path.stat().st_size == 0:
            return b""
        return mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)


def in_sorted(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Mask over sorted `a`: which elements are in sorted `b`."""
    if len(b) == 0 or len(a) == 0:
        return np.zeros(len(a), dtype=bool)
    idx = np.searchsorted(b, a)
    idx[idx >= len(b)] = 0
    return b[idx] == a


class TermHits:
    """Documents matching one term with their per-field occurrence counts."""

    __slots__ = ("docs", "title", "subj", "body")

    def __init__(self, docs: np.ndarray, title: np.ndarray, subj: np.ndarray, body: np.ndarray):
        self.docs, self.title, self.subj, self.body = docs, title, subj, body

    @classmethod
    def empty(cls) -> TermHits:
        return cls(EMPTY_U32, EMPTY_I64, EMPTY_I64, EMPTY_I64)


class Segment:
    def __init__(self, directory: Path, meta: dict):
        self.name: str = meta["name"]
        self.n: int = int(meta["n_docs"])
        self.units: dict[str, int] = {u: i for i, u in enumerate(meta.get("units", []))}
        load = lambda part: np.load(directory / f"{self.name}.{part}.npy", mmap_mode="r")  # noqa: E731
        self.keys = load("keys")
        self.offs = load("offs")
        self.pdocs = load("pdocs")
        self.ptf = load("ptf")
        self.noff = load("noff")
        self.ooff = load("ooff")
        self.date = np.asarray(load("date"))
        self.idoff = load("idoff")
        self.fdoc = load("fdoc")
        self.fkind = load("fkind")
        self.fval = load("fval")
        self.fhigh = load("fhigh")
        self.fyear = load("fyear")
        self.funit = load("funit")
        self.fidoff = load("fidoff")
        self.fjsoff = load("fjsoff")
        self.ftxoff = load("ftxoff")
        self.norm = _map(directory / f"{self.name}.norm")
        self.orig = _map(directory / f"{self.name}.orig")
        self.ids = _map(directory / f"{self.name}.ids")
        self.fids = _map(directory / f"{self.name}.fids")
        self.fjson = _map(directory / f"{self.name}.fjson")
        self.ftext = _map(directory / f"{self.name}.ftext")
        dead = meta.get("dead")
        self.live: np.ndarray | None = None
        if dead:
            self.live = ~np.load(directory / dead)
        self._fstart: np.ndarray | None = None
        # sanity: a truncated or mismatched segment must not open as valid
        if len(self.noff) != self.n or len(self.idoff) != self.n + 1 or len(self.offs) != len(self.keys) + 1:
            raise ValueError("segment arrays disagree")
        if self.live is not None and len(self.live) != self.n:
            raise ValueError("tombstones disagree")

    # ----- documents
    def doc_id(self, d: int) -> str:
        return bytes(self.ids[int(self.idoff[d]):int(self.idoff[d + 1])]).decode("utf-8", "surrogatepass")

    def all_ids(self) -> list[str]:
        raw = bytes(self.ids[:]).decode("utf-8", "surrogatepass")
        off = np.asarray(self.idoff)
        # offsets are byte offsets; decode per id when the blob is not ASCII
        if raw.isascii():
            return [raw[a:b] for a, b in zip(off[:-1].tolist(), off[1:].tolist())]
        return [self.doc_id(i) for i in range(self.n)]

    def title_body(self, d: int) -> tuple[str, str]:
        s, te, e = (int(x) for x in self.ooff[d])
        return (bytes(self.orig[s:te]).decode("utf-8", "surrogatepass"),
                bytes(self.orig[te + 1:e]).decode("utf-8", "surrogatepass"))

    def norm_body(self, d: int) -> str:
        _, te, be, _ = (int(x) for x in self.noff[d])
        return bytes(self.norm[te + 1:be]).decode("utf-8", "surrogatepass")

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

    def fact_range(self, d: int) -> range:
        fs = self.fstart
        return range(int(fs[d]), int(fs[d + 1]))

    def fact_id(self, f: int) -> str:
        return bytes(self.fids[int(self.fidoff[f]):int(self.fidoff[f + 1])]).decode("utf-8", "surrogatepass")

    def fact_json(self, f: int) -> bytes:
        return bytes(self.fjson[int(self.fjsoff[f]):int(self.fjsoff[f + 1])])

    def fact_text(self, f: int) -> bytes:
        return bytes(self.ftext[int(self.ftxoff[f]):int(self.ftxoff[f + 1])])

    def page(self, ds: np.ndarray, fmask: np.ndarray | None, literals: list[str], n_text: int) -> list[tuple]:
        """(article id, title, fact indices, fact ids) for each doc of `ds`: the facts
        matching the filters (fmask), or without filters the facts whose subject or
        clause contains one of `literals` (only for the first `n_text` docs).  Offsets are gathered with numpy first:
        per-element access to memory-mapped arrays is slow."""
        ds = np.asarray(ds, dtype=np.int64)
        id_a, id_b = self.idoff[ds].tolist(), self.idoff[ds + 1].tolist()
        oo = self.ooff[ds]
        t_a, t_b = oo[:, 0].tolist(), oo[:, 1].tolist()
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
            needles = [t.encode("utf-8", "surrogatepass") for t in literals]
            xa, xb = self.ftxoff[flat].tolist(), self.ftxoff[flat + 1].tolist()
            blob = self.ftext
            keep = np.fromiter((any(n in blob[a:b] for n in needles) for a, b in zip(xa, xb)), dtype=bool, count=len(flat))
        else:
            keep = np.zeros(len(flat), dtype=bool)
        owner = np.repeat(np.arange(len(ds)), counts)[keep]
        chosen = flat[keep]
        fid_a, fid_b = self.fidoff[chosen].tolist(), self.fidoff[chosen + 1].tolist()
        per_doc: list[list[int]] = [[] for _ in range(len(ds))]
        per_ids: list[list[str]] = [[] for _ in range(len(ds))]
        fids = self.fids
        for o, f, a, b in zip(owner.tolist(), chosen.tolist(), fid_a, fid_b):
            per_doc[o].append(f)
            per_ids[o].append(bytes(fids[a:b]).decode("utf-8", "surrogatepass"))
        ids, orig = self.ids, self.orig
        return [(bytes(ids[a:b]).decode("utf-8", "surrogatepass"), bytes(orig[ta:tb]).decode("utf-8", "surrogatepass"), fx, fi)
                for a, b, ta, tb, fx, fi in zip(id_a, id_b, t_a, t_b, per_doc, per_ids)]

    def fact_mask(self, filters: list[FactFilter]) -> np.ndarray:
        m = np.ones(len(self.fdoc), dtype=bool)
        if not len(m):
            return m
        val = np.asarray(self.fval)
        high = np.asarray(self.fhigh)
        lo_col, hi_col = val, np.where(np.isnan(high), val, high)
        for f in filters:
            if f.kinds is not None:
                m &= np.isin(self.fkind, [_KIND_CODE[k] for k in f.kinds])
            if f.unit is not None:
                code = self.units.get(normalize(f.unit))
                if code is None:
                    m[:] = False
                else:
                    m &= np.asarray(self.funit) == code
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

    # ----- text
    def _postings(self, key: int) -> tuple[np.ndarray, np.ndarray]:
        k = np.uint64(key)
        i = int(np.searchsorted(self.keys, k))
        if i < len(self.keys) and self.keys[i] == k:
            s, e = int(self.offs[i]), int(self.offs[i + 1])
            return self.pdocs[s:e], self.ptf[s:e]
        return EMPTY_U32, np.zeros(0, dtype=np.uint16)

    def estimate(self, text: str) -> int:
        """Upper bound on the documents matching `text` (for ordering AND terms)."""
        cps = [ord(c) for c in text]
        if len(cps) == 1:
            return len(self._postings(cps[0] << 21)[0])
        return min(len(self._postings((a << 21) | b)[0]) for a, b in zip(cps, cps[1:]))

    def match(self, text: str, restrict: np.ndarray | None = None) -> TermHits:
        """Documents whose normalised title or body contains `text` (normalised),
        optionally only among the sorted doc numbers `restrict`."""
        cps = [ord(c) for c in text]
        if not cps:
            return TermHits.empty()
        if len(cps) <= 2:
            key = (cps[0] << 21) | (cps[1] if len(cps) == 2 else 0)
            docs, tf = self._postings(key)
            if restrict is not None:
                m = in_sorted(docs, restrict)
                docs, tf = docs[m], tf[m]
            tf = np.asarray(tf).astype(np.int64)
            body, title, subj = tf & 255, (tf >> 8) & 15, tf >> 12
            ok = (body | title) > 0   # a subject-only hit is not a match (subjects only rank)
            if not ok.all():
                docs, body, title, subj = docs[ok], body[ok], title[ok], subj[ok]
            return TermHits(np.asarray(docs), title, subj, body)
        lists = [self._postings((a << 21) | b)[0] for a, b in zip(cps, cps[1:])]
        lists.sort(key=len)
        if not len(lists[0]):
            return TermHits.empty()
        cand = np.asarray(lists[0])
        if restrict is not None:
            cand = cand[in_sorted(cand, restrict)]
        for other in lists[1:VERIFY_INTERSECT]:
            if len(cand) < 32:
                break
            cand = cand[in_sorted(cand, other)]
        return self._verify(utf8(text), cand)

    def _verify(self, q: bytes, cand: np.ndarray) -> TermHits:
        mm = self.norm
        find = mm.find
        rows = self.noff[cand].tolist() if len(cand) else []
        docs, ts, ss, bs = [], [], [], []
        for d, (s, te, be, e) in zip(cand.tolist(), rows):
            if find(q, s, be) < 0:
                continue
            b = mm[s:e]
            docs.append(d)
            ts.append(min(b.count(q, 0, te - s), 15))
            bs.append(min(b.count(q, te - s + 1, be - s), 255))
            ss.append(min(b.count(q, be - s + 1), 15))
        return TermHits(np.array(docs, dtype=np.uint32), np.array(ts, dtype=np.int64),
                        np.array(ss, dtype=np.int64), np.array(bs, dtype=np.int64))
