"""Writing one immutable index segment (ingest side).

A segment holds, for its documents:
- postings: for every char unigram and bigram of the normalised title, body and
  fact subjects, the sorted list of documents containing it, with a packed
  per-field occurrence count (body:8 bits, title:4, subjects:4, capped);
- trigram postings, same layout, keyed by three 14-bit char codes (a per-segment
  alphabet, `tcode`, assigned in order of first appearance), kept only for
  trigrams whose two bigrams are both in more than `tri_min` (1/200 of the)
  documents: the others are found through their rarer bigram as cheaply, and
  dropping them halves the trigram postings.  They answer 3-char terms exactly
  and cut the candidates of longer terms to about the matches; chars beyond the
  16,383 codes (never seen in practice) have no trigrams, and terms holding
  them use bigrams + verification;
- postings store doc numbers as uint16 within blocks of 65,536 documents (each
  block has its own run of keys; `pblocks`/`tblocks` locate them);
- `norm`: the normalised texts as UTF-8 (title NUL body NUL subjects NUL), used
  to verify candidates of queries of 4+ chars with bytes.find on an mmap
  (UTF-8 is self-synchronising, so a byte match is a char match);
- the original title and body, for titles and snippets: for a document whose
  chars normalise one to one (~95%), as "patches" of its normalised text (the
  position and original code point of each char that normalisation changed:
  full-width punctuation, mostly); only the others are kept whole in `orig`;
- columns: dates, ids, and the facts (doc, kind, value, value_high, year, unit).

The build streams: documents are read once, texts go straight to disk, and the
postings of each chunk of ~CHUNK_CHARS chars are sorted and spilled as a run;
the runs are merged at the end one key range at a time, so memory is bounded
by a chunk (not by the archive).  Posting arrays are raw little-endian files
(memory-mapped on open; their sizes are checked against the manifest).
A repeated document id keeps the last copy: earlier ones are tombstoned.
Every file is written to a temp name, fsynced and renamed; the manifest
(written last by search_index) is what makes a segment part of the index.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import orjson

from store.search.query import KINDS
from store.search.normalize import normalize, utf8


DOC_BITS = 22                 # postings key<<22 | doc: up to 4M docs per segment
MAX_DOCS = 1 << DOC_BITS
TITLE, SUBJ, BODY, SEP = 0, 1, 2, 3
KIND_CODE = {k: i for i, k in enumerate(KINDS)}
CHUNK_CHARS = 1_000_000       # postings are built per chunk to bound memory
CHUNK_DOCS = (1 << 16) - 1    # local doc numbers of a chunk take 16 bits
BLOCK_BITS = 16               # postings store doc numbers within blocks of 2^16 docs as uint16
BLOCK_MASK = (1 << BLOCK_BITS) - 1
MERGE_PART = 2_000_000        # postings merged per key range (bounds memory)
TRI_MIN_DIV, TRI_MIN_FLOOR = 200, 64   # trigrams are kept when both bigrams are in > max(n/200, 64) docs
CODE_BITS = 14                # trigram char code bits: 3 codes fill a 42-bit key
MAX_CODES = (1 << CODE_BITS) - 1
_YEAR_IN = re.compile(r"(1[89]\d{2}|20\d{2})")


def date_int(date: str | None) -> int:
    """'2024-05-01' -> 20240501; anything else -> 0 (sorts last)."""
    if not date or len(date) < 10:
        return 0
    try:
        return int(date[0:4]) * 10000 + int(date[5:7]) * 100 + int(date[8:10])
    except ValueError:
        return 0


def fact_year(fact: dict, doc_year: int) -> int:
    """The year a fact is about: its period, a year/date value, else the article's year."""
    m = _YEAR_IN.search(str(fact.get("period") or ""))
    if m:
        return int(m.group(1))
    v = fact.get("value")
    if fact.get("kind") == "year" and isinstance(v, (int, float)) and 1000 <= v < 3000:
        return int(v)
    if fact.get("kind") == "date" and isinstance(v, str) and v[:4].isdigit():
        return int(v[:4])
    return doc_year


def _num(v: Any) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return math.nan
    return float(v)


def utf32(text: str) -> bytes:
    return text.encode("utf-32-le", "surrogatepass")


def write_file(path: Path, data: bytes | np.ndarray) -> int:
    """Atomic write (temp + fsync + rename); returns the size."""
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as fh:
        if isinstance(data, np.ndarray):
            np.save(fh, data, allow_pickle=False)
        else:
            fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    return path.stat().st_size


class _Blob:
    """Append-only byte file with offsets, written atomically on close."""

    def __init__(self, path: Path):
        self.path = path
        self.tmp = path.with_name(path.name + ".tmp")
        self.fh = open(self.tmp, "wb")
        self.size = 0

    def add(self, data: bytes) -> int:
        self.fh.write(data)
        self.size += len(data)
        return self.size

    def close(self) -> int:
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        os.replace(self.tmp, self.path)
        return self.size


class Alphabet:
    """Per-segment char codes for trigram keys (1..MAX_CODES; 0 = no code)."""

    def __init__(self) -> None:
        self.lut = np.zeros(0x10000, dtype=np.uint16)   # BMP code point -> code
        self.chars: list[int] = []

    def codes(self, cp: np.ndarray) -> np.ndarray:
        """Codes of the code points `cp` (uint32), assigning new ones as needed."""
        bmp = cp < 0x10000
        cpb = np.where(bmp, cp, 0)
        seen = np.unique(cpb)
        new = seen[(self.lut[seen] == 0) & (seen != 0)]
        room = MAX_CODES - len(self.chars)
        new = new[:max(room, 0)]
        if len(new):
            self.lut[new] = np.arange(len(self.chars) + 1, len(self.chars) + 1 + len(new), dtype=np.uint16)
            self.chars.extend(new.tolist())
        out = self.lut[cpb]
        out[~bmp] = 0
        return out


def _count_fields(key: np.ndarray, ldoc: np.ndarray, fld: np.ndarray, doc_base: int) -> tuple[np.ndarray, np.ndarray]:
    """(unique sorted composites key<<DOC_BITS|doc, packed per-field counts) of gram
    occurrences.  One plain sort of key|local doc|field (argsort-based np.unique
    was 2/3 of the build): runs of equal values count a field, runs of equal
    key|doc make a posting."""
    s = np.sort((key << np.uint64(18)) | (ldoc << np.uint64(2)) | fld.astype(np.uint64))
    if not len(s):
        return np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.uint16)
    starts = np.flatnonzero(np.concatenate([[True], s[1:] != s[:-1]]))
    counts = np.diff(np.append(starts, len(s)))
    v = s[starts]
    del s
    gd = v >> np.uint64(2)
    f = (v & np.uint64(3)).astype(np.uint8)
    first = np.concatenate([[True], gd[1:] != gd[:-1]])
    group = np.cumsum(first) - 1
    ug = gd[first]
    tf = np.zeros(len(ug), dtype=np.uint16)
    for code, shift, cap in ((BODY, 0, 255), (TITLE, 8, 15), (SUBJ, 12, 15)):
        m = f == code
        tf[group[m]] |= (np.minimum(counts[m], cap) << shift).astype(np.uint16)
    comp = ((ug >> np.uint64(16)) << np.uint64(DOC_BITS)) | ((ug & np.uint64(0xFFFF)) + np.uint64(doc_base))
    return comp, tf


def _chunk_text(strings: list[str], alphabet: Alphabet) -> tuple[np.ndarray, np.ndarray]:
    """Code points and trigram codes of a chunk's texts (NUL-separated).  The
    codes are assigned here, in document order, before the chunk goes to the
    worker thread."""
    cp32 = np.frombuffer(utf32("\x00".join(strings) + "\x00"), dtype=np.uint32)
    return cp32, alphabet.codes(cp32)


def _chunk_postings(cp32: np.ndarray, codes: np.ndarray, lens: list[tuple[int, int, int]],
                    doc_base: int) -> tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]:
    """Unigram/bigram and trigram (composite key<<22|doc, packed tf) of a run of
    (at most CHUNK_DOCS) documents, each unique and sorted.  Nearly all of it is
    numpy that releases the GIL, so it runs in a thread beside the main loop."""
    seg_lens = np.array([x for t, s, b in lens for x in (t, 1, b, 1, s, 1)], dtype=np.int64)
    seg_codes = np.tile(np.array([TITLE, SEP, BODY, SEP, SUBJ, SEP], dtype=np.uint8), len(lens))
    field = np.repeat(seg_codes, seg_lens)
    doc_len = seg_lens.reshape(-1, 6).sum(axis=1)
    docs = np.repeat(np.arange(len(lens), dtype=np.uint64), doc_len)   # local doc numbers
    cp = cp32.astype(np.uint64)
    nz = cp != 0
    bi = nz[:-1] & nz[1:]
    ub = _count_fields(np.concatenate([cp[nz] << np.uint64(21), ((cp[:-1] << np.uint64(21)) | cp[1:])[bi]]),
                       np.concatenate([docs[nz], docs[:-1][bi]]), np.concatenate([field[nz], field[:-1][bi]]), doc_base)
    del cp, nz, bi
    code = codes.astype(np.uint64)
    has = code != 0
    tri = has[:-2] & has[1:-1] & has[2:]
    tkey = (code[:-2] << np.uint64(2 * CODE_BITS)) | (code[1:-1] << np.uint64(CODE_BITS)) | code[2:]
    ut = _count_fields(tkey[tri], docs[:-2][tri], field[:-2][tri], doc_base)
    return ub, ut


class _Runs:
    """Sorted runs of (composite, tf) spilled to temp files, merged at the end.
    Every SPARSE-th composite of each run stays in memory: it picks the key
    ranges of the merge and finds where they start in each run, so the runs
    are only ever read sequentially, a key range at a time (mapping them and
    binary-searching there faulted most of their pages into our memory)."""

    SPARSE = 1024

    def __init__(self, path: Path):
        self.path = path
        self.fc = open(path.with_name(path.name + ".runc"), "wb")
        self.ft = open(path.with_name(path.name + ".runt"), "wb")
        self.bounds = [0]
        self.sparse: list[np.ndarray] = []
        self.blocks: list[int] = []   # doc block (doc >> BLOCK_BITS) of each run

    def add(self, comp: np.ndarray, tf: np.ndarray, block: int) -> None:
        self.blocks.append(block)
        self.fc.write(comp.astype("<u8").tobytes())
        self.ft.write(tf.astype("<u2").tobytes())
        self.bounds.append(self.bounds[-1] + len(comp))
        self.sparse.append(comp[::self.SPARSE].copy())

    def _edge(self, run: int, cut: int) -> int:
        """Index (in the run file) of the run's first composite >= cut."""
        a, b = self.bounds[run], self.bounds[run + 1]
        sp = self.sparse[run]
        i = int(np.searchsorted(sp, np.uint64(cut)))
        if i == 0:
            return a
        lo = a + (i - 1) * self.SPARSE
        hi = min(b, a + i * self.SPARSE)
        block = np.fromfile(self.fc.name, dtype="<u8", count=hi - lo, offset=8 * lo)
        return lo + int(np.searchsorted(block, np.uint64(cut)))

    def merge(self, prefix: Path, files: dict[str, int], suffix: str,
              keep: Callable[[np.ndarray], np.ndarray] | None = None) -> None:
        """Write <prefix>.<x>keys / offs / docs / tf (raw arrays) and <x>blocks.npy;
        x = suffix.  Each doc block (2^16 docs) gets its own run of keys, so
        doc numbers are stored as uint16 (half the largest arrays); the blocks
        table holds (first doc, first key, end key) per block; offs index the
        docs/tf arrays of all blocks.  `keep` (keys -> mask) drops some keys."""
        self.fc.close()
        self.ft.close()
        out = {k: _Blob(prefix.with_name(f"{prefix.name}.{suffix}{k}")) for k in ("keys", "offs", "docs", "tf")}
        table: list[tuple[int, int, int]] = []
        done = 0
        n_keys = 0
        for block in sorted(set(self.blocks)):
            runs = [r for r, b in enumerate(self.blocks) if b == block]
            first = n_keys
            for c, t in self._merged(runs):
                key = c >> np.uint64(DOC_BITS)
                starts = np.flatnonzero(np.concatenate([[True], key[1:] != key[:-1]]))
                if keep is not None:
                    kept = keep(key[starts])
                    if not kept.all():
                        m = np.repeat(kept, np.diff(np.append(starts, len(key))))
                        c, t, key = c[m], t[m], key[m]
                        starts = np.flatnonzero(np.concatenate([[True], key[1:] != key[:-1]])) if len(key) else starts[:0]
                out["keys"].add(key[starts].astype("<u8").tobytes())
                out["offs"].add((starts + done).astype("<i8").tobytes())
                out["docs"].add(((c & np.uint64(MAX_DOCS - 1)) - np.uint64(block << BLOCK_BITS)).astype("<u2").tobytes())
                out["tf"].add(t.astype("<u2").tobytes())
                done += len(c)
                n_keys += len(starts)
            table.append((block << BLOCK_BITS, first, n_keys))
        out["offs"].add(np.array([done], dtype="<i8").tobytes())
        for k, blob in out.items():
            files[f"{suffix}{k}"] = blob.close()
        files[f"{suffix}blocks.npy"] = write_file(prefix.with_name(f"{prefix.name}.{suffix}blocks.npy"),
                                                   np.array(table, dtype=np.int64).reshape(-1, 3))
        for x in (self.fc.name, self.ft.name):
            os.unlink(x)

    def _merged(self, runs: list[int]) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """The postings of `runs`, sorted, one key range at a time."""
        total = sum(self.bounds[r + 1] - self.bounds[r] for r in runs)
        parts = max(1, -(-total // MERGE_PART))
        cuts: list[int] = []
        if parts > 1:  # key-range boundaries: quantiles of the sparse samples
            sample = np.sort(np.concatenate([self.sparse[r] for r in runs]))
            picks = sample[np.linspace(0, len(sample), parts + 1)[1:-1].astype(np.int64)]
            cuts = sorted({int(x) >> DOC_BITS << DOC_BITS for x in picks.tolist()})  # never split a key
        edges = [[self.bounds[r]] + [self._edge(r, c) for c in cuts] + [self.bounds[r + 1]] for r in runs]
        for p in range(len(cuts) + 1):
            pieces = [(e[p], e[p + 1]) for e in edges if e[p + 1] > e[p]]
            if not pieces:
                continue
            c = np.concatenate([np.fromfile(self.fc.name, dtype="<u8", count=b - a, offset=8 * a) for a, b in pieces])
            t = np.concatenate([np.fromfile(self.ft.name, dtype="<u2", count=b - a, offset=2 * a) for a, b in pieces])
            if len(pieces) > 1:
                order = np.argsort(c, kind="stable")  # merges the sorted runs
                c, t = c[order], t[order]
                del order
            yield c, t


def raw_array(path: Path, dtype: Any) -> np.ndarray:
    """A raw array file, memory-mapped (read-only)."""
    if path.stat().st_size == 0:
        return np.zeros(0, dtype=dtype)
    return np.memmap(path, dtype=np.dtype(dtype).newbyteorder("<"), mode="r")


def build_segment(directory: Path, name: str, docs: Iterable[dict], after_read: Callable[[], None] | None = None) -> dict:
    """Write segment `name` for `docs` (IndexDoc dicts, streamed once); returns
    its manifest entry.  A repeated id keeps its last copy (the others are
    tombstoned in the segment's dead file).  `after_read` is called once every
    document has been read, before the postings are merged (mostly numpy, which
    releases the GIL: other Python work can run meanwhile)."""
    p = lambda part: directory / f"{name}.{part}"  # noqa: E731
    files: dict[str, int] = {}
    norm = _Blob(p("norm"))
    orig = _Blob(p("orig"))
    ids = _Blob(p("ids"))
    fids = _Blob(p("fids"))
    fjson = _Blob(p("fjson"))
    ftext = _Blob(p("ftext"))
    noff: list[tuple[int, int, int, int]] = []
    ooff: list[tuple[int, int, int]] = []
    idoff = [0]
    dates: list[int] = []
    same: list[bool] = []
    p_pos: list[np.ndarray] = []
    p_chr: list[np.ndarray] = []
    poff = [0]
    n_patch = 0
    f_doc: list[int] = []
    f_kind: list[int] = []
    f_val: list[float] = []
    f_high: list[float] = []
    f_year: list[int] = []
    f_unit: list[int] = []
    fid_off = [0]
    fjs_off = [0]
    ftx_off = [0]
    units: dict[str, int] = {}
    row_of: dict[str, int] = {}
    dead: list[int] = []
    alphabet = Alphabet()
    runs_ub = _Runs(p("ub"))
    runs_tri = _Runs(p("tri"))
    chunk: list[str] = []
    chunk_lens: list[tuple[int, int, int]] = []
    chunk_base = 0
    chunk_chars = 0

    # one chunk's postings are sorted in a worker thread while the next chunk is
    # read and normalised (2 cores: ~1/3 off the build); at most one in flight
    pool = ThreadPoolExecutor(max_workers=1)
    pending: list[tuple[Future, int]] = []

    def spill() -> None:
        for fut, block in pending:
            ub, ut = fut.result()
            runs_ub.add(*ub, block)
            runs_tri.add(*ut, block)
        pending.clear()

    def flush(next_base: int) -> None:
        nonlocal chunk, chunk_lens, chunk_base, chunk_chars
        if chunk:
            cp32, codes = _chunk_text(chunk, alphabet)
            spill()
            pending.append((pool.submit(_chunk_postings, cp32, codes, chunk_lens, chunk_base), chunk_base >> BLOCK_BITS))
        chunk, chunk_lens, chunk_base, chunk_chars = [], [], next_base, 0

    i = -1
    for i, doc in enumerate(docs):
        if i >= MAX_DOCS - 1:
            raise ValueError(f"too many documents for one segment (>{MAX_DOCS - 1})")
        did = str(doc["id"])
        if did in row_of:
            dead.append(row_of[did])
        row_of[did] = i
        title = doc.get("title") or ""
        body = doc.get("body") or ""
        facts = doc.get("facts") or []
        d = date_int(doc.get("date"))
        dates.append(d)
        nt, nb = normalize(title), normalize(body)
        aligned = len(nb) == len(body) and len(nt) == len(title)  # char i is char i of its normalisation
        same.append(aligned)
        subjects = [normalize(f.get("subject") or "") for f in facts]
        ns = "\x00".join(s for s in subjects if s)
        start = norm.size
        bt, bb, bs = utf8(nt), utf8(nb), utf8(ns)
        norm.add(bt + b"\x00" + bb + b"\x00" + bs + b"\x00")
        noff.append((start, start + len(bt), start + len(bt) + 1 + len(bb), start + len(bt) + len(bb) + len(bs) + 2))
        if aligned:
            ooff.append((orig.size, orig.size, orig.size))
            if title != nt or body != nb:
                a = np.frombuffer(utf32(title + "\x00" + body), dtype=np.uint32)
                diff = np.flatnonzero(a != np.frombuffer(utf32(nt + "\x00" + nb), dtype=np.uint32))
                p_pos.append(diff.astype(np.uint32))
                p_chr.append(a[diff])
                n_patch += len(diff)
        else:
            ot, ob = utf8(title), utf8(body)
            ostart = orig.size
            orig.add(ot + b"\x00" + ob)
            ooff.append((ostart, ostart + len(ot), ostart + len(ot) + 1 + len(ob)))
        poff.append(n_patch)
        idoff.append(ids.add(utf8(did)))
        chunk.append(nt + "\x00" + nb + "\x00" + ns)
        chunk_lens.append((len(nt), len(ns), len(nb)))
        chunk_chars += len(nt) + len(nb) + len(ns)
        for f, subj in zip(facts, subjects):
            f_doc.append(i)
            f_kind.append(KIND_CODE.get(f.get("kind") or "", 255))
            f_val.append(_num(f.get("value")))
            f_high.append(_num(f.get("value_high")))
            f_year.append(fact_year(f, d // 10000))
            unit = normalize(f.get("unit") or "")
            f_unit.append(units.setdefault(unit, len(units)) if unit else -1)
            fid_off.append(fids.add(utf8(str(f.get("id", "")))))
            rec = {k: f.get(k) for k in ("id", "kind", "value", "value_high", "unit", "subject", "clause", "period")}
            fjs_off.append(fjson.add(orjson.dumps(rec, default=str)))
            ftx_off.append(ftext.add(utf8(subj + "\x00" + normalize(f.get("clause") or ""))))
        if chunk_chars >= CHUNK_CHARS or len(chunk) >= CHUNK_DOCS or (i + 1) & BLOCK_MASK == 0:
            flush(i + 1)  # a chunk never straddles two doc blocks
    n = i + 1
    try:
        flush(n)
        if after_read is not None:
            after_read()
        spill()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    for part, blob in (("norm", norm), ("orig", orig), ("ids", ids), ("fids", fids), ("fjson", fjson), ("ftext", ftext)):
        files[part] = blob.close()
    runs_ub.merge(directory / name, files, "p")
    tri_min = max(TRI_MIN_FLOOR, n // TRI_MIN_DIV)
    runs_tri.merge(directory / name, files, "t", _common_bigrams(directory / name, alphabet, tri_min))
    arrays = {
        "noff": np.array(noff, dtype=np.int64).reshape(-1, 4), "ooff": np.array(ooff, dtype=np.int64).reshape(-1, 3),
        "date": np.array(dates, dtype=np.int32), "same": np.array(same, dtype=bool), "idoff": np.array(idoff, dtype=np.int64),
        "fdoc": np.array(f_doc, dtype=np.uint32), "fkind": np.array(f_kind, dtype=np.uint8),
        "fval": np.array(f_val, dtype=np.float64), "fhigh": np.array(f_high, dtype=np.float64),
        "fyear": np.array(f_year, dtype=np.int16), "funit": np.array(f_unit, dtype=np.int32),
        "fidoff": np.array(fid_off, dtype=np.int64), "fjsoff": np.array(fjs_off, dtype=np.int64),
        "ftxoff": np.array(ftx_off, dtype=np.int64), "tcode": np.array(alphabet.chars, dtype=np.uint32),
        "poff": np.array(poff, dtype=np.int64),
        "ppos": np.concatenate(p_pos) if p_pos else np.zeros(0, dtype=np.uint32),
        "pchr": np.concatenate(p_chr) if p_chr else np.zeros(0, dtype=np.uint32),
    }
    for part, arr in arrays.items():
        files[part + ".npy"] = write_file(p(part + ".npy"), arr)
    dead_name = None
    if dead:
        mask = np.zeros(n, dtype=bool)
        mask[dead] = True
        dead_name = f"{name}.dead.0.npy"
        write_file(directory / dead_name, mask)
    return {"name": name, "n_docs": n, "files": files, "units": list(units), "dead": dead_name, "tri_min": tri_min}


def _common_bigrams(prefix: Path, alphabet: Alphabet, tri_min: int) -> Callable[[np.ndarray], np.ndarray]:
    """keep() for trigram keys: both of the trigram's bigrams are in more than
    tri_min documents.  Other trigrams are not stored: a query finds their
    candidates through the rarer bigram (at most tri_min documents) instead."""
    keys = np.fromfile(prefix.with_name(prefix.name + ".pkeys"), dtype="<u8")
    lens = np.diff(np.fromfile(prefix.with_name(prefix.name + ".poffs"), dtype="<i8"))
    pkeys, inv = np.unique(keys, return_inverse=True)  # a key has a run in each doc block
    df = np.bincount(inv, weights=lens, minlength=len(pkeys)).astype(np.int64)
    chars = np.array([0] + alphabet.chars, dtype=np.uint64)
    mask = np.uint64(MAX_CODES)

    def bigram_df(a: np.ndarray, b: np.ndarray) -> np.ndarray:
        k = (a << np.uint64(21)) | b
        i = np.searchsorted(pkeys, k)
        i[i >= len(pkeys)] = 0
        return np.where(pkeys[i] == k, df[i] if len(df) else 0, 0) if len(pkeys) else np.zeros(len(k), dtype=np.int64)

    def keep(keys: np.ndarray) -> np.ndarray:
        c0 = chars[(keys >> np.uint64(2 * CODE_BITS)) & mask]
        c1 = chars[(keys >> np.uint64(CODE_BITS)) & mask]
        c2 = chars[keys & mask]
        return np.minimum(bigram_df(c0, c1), bigram_df(c1, c2)) > tri_min

    return keep
