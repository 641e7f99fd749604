"""Writing one immutable index segment (ingest side; the layout is in
store.search.format, the postings in store.search.postings).

Besides the postings a segment holds, for its documents:
- `norm`: two zstd frames per document (store.search.doctext): its
  normalised title NUL body as UTF-8, used to verify candidates of longer
  terms with bytes.find (UTF-8 is self-synchronising, so a byte match is a
  char match), and its facts' subjects; then its facts' clauses, and what
  the original text needs: for a document whose chars normalise one to one
  (nearly all) the "patches" of its normalised text (the position and
  original char of each char that normalisation changed: full-width
  punctuation, mostly), for the others its original title and body;
- the original titles, uncompressed, for result lists;
- columns: dates, ids, and the facts (doc, kind, value, value_high, year, unit),
  with each fact's id and clause's span in the doc's frame (the fact records
  themselves are the store's: a search hands back fact ids).

The build streams: documents are read once and their texts go straight to
disk, while the postings of each chunk are sorted in a worker thread.  A
repeated document id keeps the last copy: earlier ones are tombstoned.  Every
file is written through store.fileio's atomic writer; the manifest (written
last by store.search.index) is what makes a segment part of the index.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from store.search import postings
from store.search.doctext import FrameWriter, fact_meta_bytes, patch_bytes, patch_codes
from store.search.fact_dates import date_int, fact_year
from store.search.fold import fold_codes
from store.search.format import (
    COLUMNS,
    MAX_DOCS,
    MAX_UNITS,
    NO_KIND,
    NO_UNIT,
    TEXTS,
    WHOLE_FACT_ID,
    SegmentMeta,
    numeric,
    part_path,
)
from store.search.normalize import normalize, utf8, utf32
from store.search.postings import (
    Alphabet,
    Blob,
    Runs,
    chunk_postings,
    chunk_text,
    common_bigrams,
    segment_writer,
    synced_together,
    write_npy,
)
from store.search.query import KINDS

# A segment's column arrays by part name (see format.py), as the writer hands them over.
Columns = dict[str, "np.ndarray | list[int] | list[float]"]

CHUNK_CHARS = 1_000_000       # postings are built per chunk to bound memory
CHUNK_DOCS = (1 << 16) - 1    # local doc numbers of a chunk take 16 bits
TRI_MIN_DIV, TRI_MIN_FLOOR = 200, 64   # trigrams are kept when both bigrams are in > max(n/200, 64) docs
NORMALISED_KEPT = 50_000      # normalised units and subjects kept for reuse


def short_fact_id(fid: str, did: str) -> str:
    """A fact id as stored: without its article's id when it starts with it
    (`<article>:body:40` is kept as `body:40`), else marked whole."""
    return fid[len(did) + 1:] if fid.startswith(did + ":") else WHOLE_FACT_ID + fid


class _Texts:
    """The per-document text parts of a segment being written: the frames
    (store.search.doctext), the original titles, ids, and their columns."""

    def __init__(self, blobs: dict[str, Blob]):
        self.blobs = blobs
        self.frames = FrameWriter(blobs["norm"].add, blobs["zdict"].add)
        # columns held as typed arrays (8 bytes or less a value, not a Python object each)
        self.nlen = array("q")  # five a document: see format.COLUMNS
        self.idoff = array("q", [0])
        self.tioff = array("q", [0])
        self.dates = array("q")
        self.same = array("b")

    def add(self, did: str, title: str, body: str, date: int, joined: str, subjects: list[str]) -> str:
        """Start one document; returns its normalised text for the postings
        (`joined`: its facts' non-empty subjects, NUL-joined).  Its frames are
        written by `finish_doc`, once its facts' texts are known."""
        self.dates.append(date)
        normed, aligned, self._original = _normalised(title, body)
        self.same.append(aligned)
        bs = utf8("\x00".join(subjects))
        self.text = utf8(normed)  # where its facts' clauses are looked up
        self.doc = _DocText(self.text, title + "\x00" + body if aligned else "", normed, len(title))
        # the subjects share the text's frame: they are mostly words of it
        self._frame = self.text + b"\x00" + bs
        n_title = self.text.index(b"\x00")  # a normalised title holds no NUL
        self._sizes = (n_title, len(self.text) - n_title - 1, len(bs))
        self.tioff.append(self.blobs["title"].add(utf8(title)))
        self.idoff.append(self.blobs["ids"].add(utf8(did)))
        return normed + "\x00" + joined

    def finish_doc(self, clauses: bytes, fact_meta: bytes) -> None:
        self.nlen.extend((*self._sizes, len(clauses), len(fact_meta)))
        self.frames.add(self._frame)
        self.frames.add(clauses + fact_meta + self._original)

    def columns(self) -> Columns:
        self.frames.finish()
        return {"nlen": self.nlen, "zoff": self.frames.ends, "tioff": self.tioff, "date": self.dates,
                "same": self.same, "idoff": self.idoff}


class _DocText(NamedTuple):
    """A document's text as its facts' clauses are looked up in it."""

    text: bytes      # normalised title NUL body, UTF-8
    original: str    # title NUL body when each char normalises to one (else empty)
    normed: str      # normalised title NUL body
    title_chars: int

    def clause_bytes(self, clause: str, normalised: Callable[[str], str]) -> bytes:
        """The normalised clause, UTF-8.  A clause of the original text is
        normalised as that part of the document was (char by char, so the
        same), found with one search instead of mapped char by char."""
        at = self.original.find(clause) if self.original else -1
        if at >= 0 and not at <= self.title_chars < at + len(clause):  # not across title and body
            return utf8(self.normed[at:at + len(clause)])
        return utf8(normalised(clause))


class _Normalised(dict):
    """normalize() of short texts that repeat (units, subjects), the latest
    few thousand kept."""

    def __missing__(self, text: str) -> str:
        if len(self) >= NORMALISED_KEPT:
            self.clear()
        value = self[text] = normalize(text)
        return value


def _normalised(title: str, body: str) -> tuple[str, bool, bytes]:
    """(normalised title NUL body, whether char i is char i of its
    normalisation, what the index keeps to give the original back: the
    patches of an aligned text, else the original title NUL body)."""
    original = title + "\x00" + body
    cp = np.frombuffer(utf32(original), dtype=np.uint32)
    folded = fold_codes(cp)
    if folded is not None:  # every char normalises to one: aligned
        folded[len(title)] = 0  # the separator stays a NUL
        return folded.tobytes().decode("utf-32-le", "surrogatepass"), True, patch_codes(cp, folded)
    nt, nb = normalize(title), normalize(body)
    if len(nb) == len(body) and len(nt) == len(title):
        return nt + "\x00" + nb, True, patch_bytes(original, nt + "\x00" + nb)
    return nt + "\x00" + nb, False, utf8(title) + b"\x00" + utf8(body)


class _Facts:
    """The fact columns of a segment being written."""

    def __init__(self, blobs: dict[str, Blob]):
        self.blobs = blobs
        self.kind_code = {k: i for i, k in enumerate(KINDS)}
        self.units: dict[str, int] = {}
        self.normalised = _Normalised()
        # typed arrays: a segment of a large ingest holds several facts a document
        self.doc = array("q")
        self.kind = array("q")
        self.val = array("d")
        self.high = array("d")
        self.year = array("q")
        self.unit = array("q")

    def add(self, d: int, did: str, facts: list[dict], doc_year: int, doc: _DocText) -> tuple[bytes, bytes]:
        """The facts of doc `d`; `doc.text` is its normalised title NUL body (a
        clause found there is kept as a span of it, not as text again).
        Returns their clauses, and their clause spans and ids, for the doc's
        second frame (store.search.doctext)."""
        clauses, ids, spans = [], [], []
        for f in facts:
            self.doc.append(d)
            self.kind.append(self.kind_code.get(f.get("kind") or "", NO_KIND))
            value, high = f.get("value"), f.get("value_high")
            self.val.append(value if type(value) is float else numeric(value))
            self.high.append(math.nan if high is None else numeric(high))
            self.year.append(fact_year(f, doc_year))
            unit = self.normalised[f.get("unit") or ""]
            self.unit.append(self.units.setdefault(unit, len(self.units)) if unit else NO_UNIT)
            ids.append(utf8(short_fact_id(str(f.get("id", "")), did)))
            clause = f.get("clause")
            clause = doc.clause_bytes(clause, normalize) if clause else b""
            at = doc.text.find(clause) if clause else -1
            spans.append((at, at + len(clause)) if at >= 0 else None)
            clauses.append((b"" if at >= 0 else clause) + b"\x00")
        return b"".join(clauses), fact_meta_bytes(spans, ids)

    def columns(self) -> Columns:
        if len(self.units) > MAX_UNITS:
            raise ValueError(f"too many units for one segment (>{MAX_UNITS})")
        high = np.asarray(self.high, dtype=np.float64)
        has_high = np.flatnonzero(~np.isnan(high))
        return {"fdoc": self.doc, "fkind": self.kind, "fval": self.val, "hifact": has_high, "hival": high[has_high],
                "fyear": self.year, "funit": self.unit}


class _PostingChunks:
    """Documents' texts gathered into chunks whose postings are sorted in a
    worker thread while the next chunk is read and normalised; at most one
    chunk in flight."""

    def __init__(self, directory: Path, segment: str):
        self.alphabet = Alphabet()
        self.bigrams = Runs(part_path(directory, segment, "ub"))
        self.trigrams = Runs(part_path(directory, segment, "tri"))
        self.pool = ThreadPoolExecutor(max_workers=1)
        self.pending: list[tuple[Future, int]] = []
        self.texts: list[str] = []
        self.lens: list[tuple[int, int, int]] = []
        self.base = 0
        self.chars = 0

    def add(self, d: int, text: str, lens: tuple[int, int, int]) -> None:
        self.texts.append(text)
        self.lens.append(lens)
        self.chars += sum(lens)
        if self.chars >= CHUNK_CHARS or len(self.texts) >= CHUNK_DOCS or (d + 1) & postings.BLOCK_MASK == 0:
            self.flush(d + 1)  # a chunk never straddles two doc blocks

    def spill(self) -> None:
        for fut, block in self.pending:
            ub, ut = fut.result()
            self.bigrams.add(*ub, block)
            self.trigrams.add(*ut, block)
        self.pending.clear()

    def flush(self, next_base: int) -> None:
        if self.texts:
            cp32, codes = chunk_text(self.texts, self.alphabet)
            self.spill()
            fut = self.pool.submit(chunk_postings, cp32, codes, self.lens, self.base)
            self.pending.append((fut, self.base >> postings.BLOCK_BITS))
        self.texts, self.lens, self.base, self.chars = [], [], next_base, 0

    def finish(self, n: int, after_read: Callable[[], None] | None) -> None:
        try:
            self.flush(n)
            if after_read is not None:
                after_read()
            self.spill()
        finally:
            self.pool.shutdown(wait=True, cancel_futures=True)


def _column(name: str, values: Any) -> np.ndarray:
    dtype, width = COLUMNS[name]
    array = np.asarray(values, dtype=dtype)
    return array.reshape(-1, width) if width else array.reshape(-1)


def build_segment(directory: Path, name: str, docs: Iterable[dict], after_read: Callable[[], None] | None = None) -> SegmentMeta:
    """Write segment `name` for `docs` (IndexDoc dicts, streamed once); returns
    its manifest entry.  A repeated id keeps its last copy (the others are
    tombstoned in the segment's dead file).  `after_read` is called once every
    document has been read, before the postings are merged (mostly numpy, which
    releases the GIL: other Python work can run meanwhile)."""
    with synced_together(directory):
        return _build_segment(directory, name, docs, after_read)


def _build_segment(directory: Path, name: str, docs: Iterable[dict], after_read: Callable[[], None] | None) -> SegmentMeta:
    files: dict[str, int] = {}
    row_of: dict[str, int] = {}
    dead: list[int] = []
    chunks = _PostingChunks(directory, name)
    with ExitStack() as stack:
        blobs = {part: Blob(stack.enter_context(segment_writer(part_path(directory, name, part)))) for part in TEXTS}
        texts, facts = _Texts(blobs), _Facts(blobs)
        n = 0
        for i, doc in enumerate(docs):
            if i >= MAX_DOCS - 1:
                raise ValueError(f"too many documents for one segment (>{MAX_DOCS - 1})")
            did = str(doc["id"])
            if did in row_of:
                dead.append(row_of[did])
            row_of[did] = i
            title, body = doc.get("title") or "", doc.get("body") or ""
            doc_facts = doc.get("facts") or []
            date = date_int(doc.get("date"))
            subjects = [facts.normalised[f.get("subject") or ""] for f in doc_facts]
            joined = "\x00".join(s for s in subjects if s)
            text = texts.add(did, title, body, date, joined, subjects)
            n_title = text.index("\x00")
            chunks.add(i, text, (n_title, len(joined), len(text) - n_title - len(joined) - 2))
            texts.finish_doc(*facts.add(i, did, doc_facts, date // 10000, texts.doc))
            n = i + 1
        chunks.finish(n, after_read)
        columns = {**texts.columns(), **facts.columns(), "tcode": chunks.alphabet.chars}
        files.update({part: blob.size for part, blob in blobs.items()})
    chunks.bigrams.merge(directory, name, files, "p")
    tri_min = max(TRI_MIN_FLOOR, n // TRI_MIN_DIV)
    chunks.trigrams.merge(directory, name, files, "t", common_bigrams(chunks.bigrams.df, chunks.alphabet, tri_min))
    for part in COLUMNS:
        files[f"{part}.npy"] = write_npy(part_path(directory, name, f"{part}.npy"), _column(part, columns[part]))
    dead_name = None
    if dead:
        mask = np.zeros(n, dtype=bool)
        mask[dead] = True
        dead_name = f"{name}.dead.0.npy"
        write_npy(directory / dead_name, mask)
    return {"name": name, "n_docs": n, "files": files, "units": list(facts.units), "kinds": list(KINDS),
            "dead": dead_name, "tri_min": tri_min}
