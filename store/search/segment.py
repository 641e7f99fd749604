"""Reading one index segment: exact term matching and fact filtering.

Terms of 1 or 2 chars are answered exactly by their postings, and so are 3-char
terms whose trigram is stored (those whose two bigrams are both common: see
search_build).  Other terms intersect, for each of their trigrams, its postings
if stored or else its rarer bigram's (at most `tri_min` docs), which leaves
about the true matches, and verify each candidate with bytes.find in the
memory-mapped normalised text.  Occurrence counts (for ranking) of such terms
are the smallest count among those grams: exact for all but overlapping
repeats, and never below one on a match.  Every file is mapped when the segment
is opened, so a later rewrite/unlink of the index cannot pull data from under a
reader (POSIX keeps unlinked mappings alive).
"""

from __future__ import annotations

import mmap
from pathlib import Path

import numpy as np

from store.search.query import KINDS, FactFilter
from store.search.build import CODE_BITS, raw_array, utf32
from store.search.normalize import normalize, utf8

_KIND_CODE = {k: i for i, k in enumerate(KINDS)}
EMPTY_U32 = np.zeros(0, dtype=np.uint32)
EMPTY_I64 = np.zeros(0, dtype=np.int64)
W_TITLE, W_SUBJ, W_BODY = 10, 3, 1   # score weights of a hit in the title, a fact subject, the body


def _tf_tables() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """score, hits and "matches" of every packed tf (body:8, title:4, subj:4 bits):
    one gather per posting list instead of a handful of array operations."""
    tf = np.arange(1 << 16, dtype=np.int64)
    body, title, subj = tf & 255, (tf >> 8) & 15, tf >> 12
    return ((W_TITLE * title + W_SUBJ * subj + W_BODY * body).astype(np.int64), (title + body).astype(np.int64),
            (title | body) > 0)   # a subject-only hit is not a match (subjects only rank)


TF_SCORE, TF_HITS, TF_MATCH = _tf_tables()


def _map(path: Path) -> mmap.mmap | bytes:
    with open(path, "rb") as fh:
        if path.stat().st_size == 0:
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

    __slots__ = ("docs", "score", "hits")

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


class Segment:
    def __init__(self, directory: Path, meta: dict):
        self.name: str = meta["name"]
        self.n: int = int(meta["n_docs"])
        self.units: dict[str, int] = {u: i for i, u in enumerate(meta.get("units", []))}
        self.tri_min: int = int(meta["tri_min"])
        # plain ndarray views of the mappings: indexing an np.memmap runs Python code (~1 us a row)
        load = lambda part: np.asarray(np.load(directory / f"{self.name}.{part}.npy", mmap_mode="r"))  # noqa: E731
        raw = lambda part, dt: np.asarray(raw_array(directory / f"{self.name}.{part}", dt))  # noqa: E731
        self.keys = raw("pkeys", np.uint64)
        self.offs = raw("poffs", np.int64)
        self.pdocs = raw("pdocs", np.uint16)
        self.ptf = raw("ptf", np.uint16)
        self.pblocks = np.load(directory / f"{self.name}.pblocks.npy").tolist()
        self.tkeys = raw("tkeys", np.uint64)
        self.toffs = raw("toffs", np.int64)
        self.tdocs = raw("tdocs", np.uint16)
        self.ttf = raw("ttf", np.uint16)
        self.tblocks = np.load(directory / f"{self.name}.tblocks.npy").tolist()
        self.code = {chr(c): i + 1 for i, c in enumerate(np.load(directory / f"{self.name}.tcode.npy").tolist())}
        self.noff = load("noff")
        self.ooff = load("ooff")
        self.date = np.asarray(load("date"))
        self.same = np.asarray(load("same"))
        self.poff = load("poff")
        self.ppos = load("ppos")
        self.pchr = load("pchr")
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
        self._id_list: list[str] | None = None
        self._id_array: np.ndarray | None = None
        self._date_key: np.ndarray | None = None
        self._patch_keys: np.ndarray | None = None
        # sanity: a truncated or mismatched segment must not open as valid
        if len(self.noff) != self.n or len(self.idoff) != self.n + 1 or len(self.offs) != len(self.keys) + 1 \
                or len(self.toffs) != len(self.tkeys) + 1 or len(self.pdocs) != len(self.ptf) or len(self.tdocs) != len(self.ttf):
            raise ValueError("segment arrays disagree")
        if len(self.same) != self.n or len(self.poff) != self.n + 1 or len(self.ppos) != len(self.pchr) \
                or (len(self.poff) and int(self.poff[-1]) != len(self.ppos)):
            raise ValueError("segment arrays disagree")
        if self.live is not None and len(self.live) != self.n:
            raise ValueError("tombstones disagree")

    # ----- documents
    def doc_id(self, d: int) -> str:
        return self.ids[int(self.idoff[d]):int(self.idoff[d + 1])].decode("utf-8", "surrogatepass")

    def id_list(self) -> list[str]:
        """Every doc id, decoded once per segment on first use (full result lists)."""
        if self._id_list is None:
            self._id_list = self.all_ids()
        return self._id_list

    def id_array(self) -> np.ndarray:
        """Every doc id as an object array (gathers whole result lists in C)."""
        if self._id_array is None:
            self._id_array = np.array(self.id_list(), dtype=object)
        return self._id_array

    def all_ids(self) -> list[str]:
        raw = self.ids[:].decode("utf-8", "surrogatepass")
        off = np.asarray(self.idoff)
        # offsets are byte offsets; decode per id when the blob is not ASCII
        if raw.isascii():
            return [raw[a:b] for a, b in zip(off[:-1].tolist(), off[1:].tolist())]
        return [self.doc_id(i) for i in range(self.n)]

    def title_body(self, d: int) -> tuple[str, str]:
        """The original title and body."""
        if self.same[d]:
            s, te, be, _ = self.noff[d].tolist()
            n_title = len(self.norm[s:te].decode("utf-8", "surrogatepass"))
            text = self._patched(d, self.norm[s:be].decode("utf-8", "surrogatepass"), 0)
            return text[:n_title], text[n_title + 1:]
        s, te, e = self.ooff[d].tolist()
        return (self.orig[s:te].decode("utf-8", "surrogatepass"),
                self.orig[te + 1:e].decode("utf-8", "surrogatepass"))

    def titles(self, ds: np.ndarray) -> list[str]:
        """Original titles of docs `ds`, patched all at once on their UTF-32 code
        points (per-title Python work was most of building a full result list)."""
        ds = np.asarray(ds, dtype=np.int64)
        if not len(ds):
            return []
        rows = self.noff[ds, :2]
        norm = self.norm
        # normalised texts hold no NUL (it becomes a space): a safe separator
        titles = b"\x00".join([norm[a:b] for a, b in rows.tolist()]).decode("utf-8", "surrogatepass").split("\x00")
        # patches inside a title: those of its doc at positions below the title's
        # byte length (a title has at most as many chars as bytes; the ones
        # beyond its chars belong to the body and are dropped below)
        first = self.poff[ds]
        k = np.searchsorted(self.patch_keys, (ds << 32) | (rows[:, 1] - rows[:, 0])) - first
        k[~self.same[ds]] = 0
        if k.any():
            lens = np.fromiter(map(len, titles), dtype=np.int64, count=len(titles))
            starts = np.cumsum(lens + 1) - lens - 1
            which = np.repeat(np.arange(len(ds)), k)
            at = np.repeat(first, k) + np.arange(int(k.sum())) - np.repeat(np.cumsum(k) - k, k)
            pos = self.ppos[at].astype(np.int64)
            inside = pos < lens[which]
            cps = np.frombuffer(utf32("\x00".join(titles)), dtype=np.uint32).copy()
            cps[(starts[which] + pos)[inside]] = self.pchr[at][inside]
            text = cps.tobytes().decode("utf-32-le", "surrogatepass")  # may hold NULs now: cut by length
            titles = [text[a:a + n] for a, n in zip(starts.tolist(), lens.tolist())]
        for i in np.flatnonzero(~self.same[ds]).tolist():  # kept whole in `orig`
            titles[i] = self.title(int(ds[i]))
        return titles

    @property
    def patch_keys(self) -> np.ndarray:
        """(doc << 32) | position of every patch: sorted, so one searchsorted
        finds the patches of many docs below given positions."""
        if self._patch_keys is None:
            owner = np.repeat(np.arange(self.n, dtype=np.int64), np.diff(self.poff))
            self._patch_keys = (owner << 32) | self.ppos.astype(np.int64)
        return self._patch_keys

    def title(self, d: int) -> str:
        if self.same[d]:
            s, te = self.noff[d, :2].tolist()
            return self._patched(d, self.norm[s:te].decode("utf-8", "surrogatepass"), 0)
        s, te = self.ooff[d, :2].tolist()
        return self.orig[s:te].decode("utf-8", "surrogatepass")

    def body_window(self, d: int, lo: int, hi: int) -> tuple[str, bool]:
        """Chars lo..hi of the original body, and whether the body goes on after
        them; only the stored text up to them is decoded (a char takes <= 4
        bytes), and only the window is patched."""
        if self.same[d]:
            s, te, be, _ = self.noff[d].tolist()
            pre = decode_prefix(self.norm, te + 1, be, hi + 1)
            n_title = len(self.norm[s:te].decode("utf-8", "surrogatepass"))
            return self._patched(d, pre[lo:hi], n_title + 1 + lo), len(pre) > hi
        _, te, e = self.ooff[d].tolist()
        pre = decode_prefix(self.orig, te + 1, e, hi + 1)
        return pre[lo:hi], len(pre) > hi

    def _patched(self, d: int, text: str, start: int) -> str:
        """`text`, the normalised chars from `start` of a one-to-one doc's
        title NUL body, with the original chars put back."""
        a, b = self.poff[d:d + 2].tolist()
        if a == b or not text:
            return text
        pos = self.ppos[a:b]
        lo, hi = int(pos.searchsorted(start)), int(pos.searchsorted(start + len(text)))
        if lo == hi:
            return text
        chars = list(text)
        for p, c in zip(pos[lo:hi].tolist(), self.pchr[a + lo:a + hi].tolist()):
            chars[p - start] = chr(c)
        return "".join(chars)

    def norm_body_span(self, d: int) -> tuple[int, int]:
        _, te, be, _ = self.noff[d].tolist()
        return te + 1, be

    def norm_body(self, d: int) -> str:
        _, te, be, _ = (int(x) for x in self.noff[d])
        return self.norm[te + 1:be].decode("utf-8", "surrogatepass")

    @property
    def date_key(self) -> np.ndarray:
        """Dates as ordinals that fit 18 bits (0 = no date, sorts last), for ranking."""
        if self._date_key is None:
            d = np.asarray(self.date, dtype=np.int64)
            y, m, dd = d // 10000, d // 100 % 100, d % 100
            self._date_key = np.where(d > 0, np.clip(y - 1800, 0, 511) * 372 + m * 31 + dd, 0).astype(np.int64)
        return self._date_key

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
        return self.fids[int(self.fidoff[f]):int(self.fidoff[f + 1])].decode("utf-8", "surrogatepass")

    def fact_json(self, f: int) -> bytes:
        return self.fjson[int(self.fjsoff[f]):int(self.fjsoff[f + 1])]

    def fact_text(self, f: int) -> bytes:
        return self.ftext[int(self.ftxoff[f]):int(self.ftxoff[f + 1])]

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
            per_ids[o].append(fids[a:b].decode("utf-8", "surrogatepass"))
        ids = self.ids
        return [(ids[a:b].decode("utf-8", "surrogatepass"), t, fx, fi)
                for a, b, t, fx, fi in zip(id_a, id_b, self.titles(ds), per_doc, per_ids)]

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
        return self._lookup(self.keys, self.offs, self.pdocs, self.ptf, self.pblocks, key)

    def _tri_postings(self, key: int) -> tuple[np.ndarray, np.ndarray]:
        return self._lookup(self.tkeys, self.toffs, self.tdocs, self.ttf, self.tblocks, key)

    @staticmethod
    def _lookup(keys: np.ndarray, offs: np.ndarray, docs: np.ndarray, tfs: np.ndarray, blocks: list[list[int]],
                key: int) -> tuple[np.ndarray, np.ndarray]:
        """(doc numbers as uint32, packed tf) of `key`, gathered over the doc blocks."""
        k = np.uint64(key)
        found = []
        for base, ka, kb in blocks:
            i = ka + int(np.searchsorted(keys[ka:kb], k))
            if i < kb and keys[i] == k:
                s, e = int(offs[i]), int(offs[i + 1])
                found.append((base, s, e))
        if not found:
            return EMPTY_U32, np.zeros(0, dtype=np.uint16)
        if len(found) == 1:
            base, s, e = found[0]
            d = docs[s:e].astype(np.uint32)
            if base:
                d += np.uint32(base)
            return d, tfs[s:e]
        return (np.concatenate([docs[s:e].astype(np.uint32) + np.uint32(base) for base, s, e in found]),
                np.concatenate([tfs[s:e] for _, s, e in found]))

    def _tri_keys(self, text: str) -> list[int] | None:
        """Trigram keys of `text` (3+ chars), or None when a char has no code."""
        code = self.code
        try:
            cs = [code[c] for c in text]
        except KeyError:
            if any(ord(c) >= 0x10000 for c in text) or len(code) >= (1 << CODE_BITS) - 1:
                return None  # chars without codes: no trigrams for them
            return []  # a char the segment never saw: nothing here can match
        return [(a << 2 * CODE_BITS) | (b << CODE_BITS) | c for a, b, c in zip(cs, cs[1:], cs[2:])]

    def _gram_lists(self, text: str) -> tuple[list[tuple[np.ndarray, np.ndarray]], bool] | None:
        """Posting lists (docs, tf) whose intersection holds every doc matching
        `text` (3+ chars), and whether that intersection is exact (one stored
        trigram is the whole term); None when nothing can match."""
        cps = [ord(c) for c in text]
        pairs = [(a << 21) | b for a, b in zip(cps, cps[1:])]
        bi = {k: self._postings(k) for k in set(pairs)}
        tk = self._tri_keys(text)
        if tk == []:
            return None
        if tk is None:  # chars without trigram codes: bigrams only
            return list(bi.values()), False
        lists = []
        for j, k in enumerate(tk):
            d1, d2 = bi[pairs[j]], bi[pairs[j + 1]]
            if min(len(d1[0]), len(d2[0])) > self.tri_min:  # stored (see search_build)
                lists.append(self._tri_postings(k))
            else:
                lists.append(d1 if len(d1[0]) <= len(d2[0]) else d2)
        exact = len(tk) == 1 and min(len(bi[pairs[0]][0]), len(bi[pairs[1]][0])) > self.tri_min
        return lists, exact

    def estimate(self, text: str) -> int:
        """Upper bound on the documents matching `text` (for ordering AND terms)."""
        cps = [ord(c) for c in text]
        if len(cps) <= 2:
            return len(self._postings((cps[0] << 21) | (cps[1] if len(cps) == 2 else 0))[0])
        gl = self._gram_lists(text)
        return 0 if gl is None else min(len(d) for d, _ in gl[0])

    def match(self, text: str, restrict: np.ndarray | None = None) -> TermHits:
        """Documents whose normalised title or body contains `text` (normalised),
        optionally only among the sorted doc numbers `restrict`."""
        cps = [ord(c) for c in text]
        if not cps:
            return TermHits.empty()
        if len(cps) <= 2:
            key = (cps[0] << 21) | (cps[1] if len(cps) == 2 else 0)
            return self._exact(*self._postings(key), restrict, self.n)
        gl = self._gram_lists(text)
        if gl is None:
            return TermHits.empty()
        lists, exact = gl
        if exact:
            return self._exact(*lists[0], restrict, self.n)
        lists.sort(key=lambda dt: len(dt[0]))
        cand, tf = lists[0]
        if not len(cand):
            return TermHits.empty()
        cand, tf = np.asarray(cand), np.asarray(tf)
        if restrict is not None:
            m = in_sorted(cand, restrict, self.n)
            cand, tf = cand[m], tf[m]
        # field counts: the smallest among the grams (an upper bound, >= 1 on a match)
        body, title, subj = tf & 255, (tf >> 8) & 15, tf >> 12
        for odocs, otf in lists[1:]:
            if not len(cand):
                break
            odocs = np.asarray(odocs)
            if len(odocs) > self.n >> 4:
                pos = np.full(self.n, -1, dtype=np.int64)  # bitmap-style lookup: O(n), no log factor
                pos[odocs] = np.arange(len(odocs))
                idx = pos[cand]
                m = idx >= 0
            else:
                idx = np.searchsorted(odocs, cand)
                idx[idx >= len(odocs)] = 0
                m = odocs[idx] == cand
            cand, body, title, subj = cand[m], body[m], title[m], subj[m]
            o = np.asarray(otf)[idx[m]]
            body, title, subj = np.minimum(body, o & 255), np.minimum(title, (o >> 8) & 15), np.minimum(subj, o >> 12)
        ok = self._contains(utf8(text), cand)
        cand, body, title, subj = cand[ok], body[ok].astype(np.int64), title[ok].astype(np.int64), subj[ok].astype(np.int64)
        return TermHits(cand, W_TITLE * title + W_SUBJ * subj + W_BODY * body, title + body)

    @staticmethod
    def _exact(docs: np.ndarray, tf: np.ndarray, restrict: np.ndarray | None, n: int) -> TermHits:
        if restrict is not None:
            m = in_sorted(docs, restrict, n)
            docs, tf = docs[m], tf[m]
        return TermHits.from_tf(docs, tf)

    def _contains(self, q: bytes, cand: np.ndarray) -> np.ndarray:
        """Mask over `cand`: which docs' normalised title or body holds `q`."""
        if not len(cand):
            return np.zeros(0, dtype=bool)
        rows = self.noff[cand]
        find = self.norm.find
        return np.fromiter((find(q, s, e) >= 0 for s, e in zip(rows[:, 0].tolist(), rows[:, 2].tolist())),
                           dtype=bool, count=len(cand))
