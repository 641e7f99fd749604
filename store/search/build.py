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

import re
from array import array
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import numpy as np

from store.search import postings
from store.search.doctext import FrameWriter
from store.search.format import (
    COLUMNS,
    MAX_DOCS,
    MAX_UNITS,
    NO_KIND,
    NO_UNIT,
    TEXTS,
    SegmentMeta,
    part_path,
)
from store.search.heap import trim
from store.search.normalize import utf8
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
from store.search.prepared import (  # noqa: F401  (_DocText, _normalised, short_fact_id: their old home)
    Normalised,
    PreparedDoc,
    _DocText,
    _normalised,
    prepare_doc,
    short_fact_id,
)
from store.search.query import KINDS
from store.search import spooled_columns
from store.search.spooled_columns import SpooledColumn

# A segment's column arrays by part name (see format.py), as the writer hands them over.
Columns = dict[str, "np.ndarray | list[int] | list[float]"]

# Postings are built per chunk to bound memory: sorting a chunk's grams
# takes about 150 bytes a char at its peak (in the sorting thread), so a
# chunk of 1M chars was the largest single part of a large ingest's peak.
# Chunking does not change the files (runs are merged by key).
CHUNK_CHARS = 500_000
CHUNK_DOCS = (1 << 16) - 1    # local doc numbers of a chunk take 16 bits
TRI_MIN_DIV, TRI_MIN_FLOOR = 200, 64   # trigrams are kept when both bigrams are in > max(n/200, 64) docs
_HEX16 = re.compile("[0-9a-f]{16}")


class _Texts:
    """The per-document text parts of a segment being written: the frames
    (store.search.doctext), the original titles, ids, and their columns
    (spooled to disk as they come: store.search.spooled_columns)."""

    def __init__(self, blobs: dict[str, Blob], directory: Path):
        self.blobs = blobs
        self.frames = FrameWriter(blobs["norm"].add, blobs["zdict"].add)
        self.frames.ends = SpooledColumn(directory, "zoff", "q", [0])  # type: ignore[assignment]
        self.nlen = SpooledColumn(directory, "nlen", "q")  # five a document: see format.COLUMNS
        self.idoff = SpooledColumn(directory, "idoff", "q", [0])
        self.tioff = SpooledColumn(directory, "tioff", "q", [0])
        self.dates = SpooledColumn(directory, "date", "q")
        self.same = SpooledColumn(directory, "same", "b")
        self._columns = (self.frames.ends, self.nlen, self.idoff, self.tioff, self.dates, self.same)
        self._held = 0

    def add(self, doc: PreparedDoc) -> None:
        self.dates.append(doc.date)
        self.same.append(doc.same)
        self.tioff.append(self.blobs["title"].add(utf8(doc.title)))
        self.idoff.append(self.blobs["ids"].add(utf8(doc.id)))
        self.nlen.extend(doc.nlen)
        self.frames.add(doc.text_frame)
        self.frames.add(doc.extra_frame)
        self._held += 5  # the widest column's values a document (nlen)
        if self._held >= spooled_columns.CHUNK:
            for column in self._columns:
                column.spill_if_full()
            self._held = 0

    def columns(self) -> Columns:
        self.frames.finish()
        return {"nlen": self.nlen, "zoff": self.frames.ends, "tioff": self.tioff, "date": self.dates,
                "same": self.same, "idoff": self.idoff}


class _Facts:
    """The fact columns of a segment being written (spooled to disk as they
    come; the few facts with a value_high are kept in memory)."""

    def __init__(self, directory: Path) -> None:
        self.kind_code = {k: i for i, k in enumerate(KINDS)}
        self.units: dict[str, int] = {}
        self.doc = SpooledColumn(directory, "fdoc", "q")
        self.kind = SpooledColumn(directory, "fkind", "q")
        self.val = SpooledColumn(directory, "fval", "d")
        self.year = SpooledColumn(directory, "fyear", "q")
        self.unit = SpooledColumn(directory, "funit", "q")
        self.hifact = array("q")  # the facts with a value_high (NaN: none), and it
        self.hival = array("d")
        self.n = self._spilled_at = 0  # facts added; and when the columns were last spilled

    def add(self, d: int, doc: PreparedDoc) -> None:
        """The facts of doc `d`; a unit's code is its order of first appearance."""
        self.doc.extend([d] * len(doc.kinds))
        code = self.kind_code
        self.kind.extend([code.get(k, NO_KIND) for k in doc.kinds])
        self.val.extend(doc.values)
        for i, high in enumerate(doc.highs):
            if high == high:  # not NaN
                self.hifact.append(self.n + i)
                self.hival.append(high)
        self.n += len(doc.kinds)
        self.year.extend(doc.years)
        units = self.units
        self.unit.extend([units.setdefault(u, len(units)) if u else NO_UNIT for u in doc.units])
        if self.n - self._spilled_at >= spooled_columns.CHUNK:
            for column in (self.doc, self.kind, self.val, self.year, self.unit):
                column.spill_if_full()
            self._spilled_at = self.n

    def columns(self) -> Columns:
        if len(self.units) > MAX_UNITS:
            raise ValueError(f"too many units for one segment (>{MAX_UNITS})")
        return {"fdoc": self.doc, "fkind": self.kind, "fval": self.val, "hifact": self.hifact, "hival": self.hival,
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
        if not self.pending:
            return
        for fut, block in self.pending:
            ub, ut = fut.result()
            self.bigrams.add(*ub, block)
            self.trigrams.add(*ut, block)
            del ub, ut
        self.pending.clear()
        trim()  # what the sort freed goes back to the system before the next chunk (store.search.heap)

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


class _Ids:
    """The documents' ids as they come, to find those repeated: an id of 16
    lower-case hex digits (every article id the store makes) is kept as a
    64-bit number, any other in a dict, so that memory does not grow by a
    string and a dict entry a document."""

    def __init__(self) -> None:
        self.numbers = array("Q")
        self.rows = array("q")
        self.other: dict[str, int] = {}
        self.repeated: list[int] = []

    def add(self, did: str, row: int) -> None:
        if len(did) == 16 and _HEX16.fullmatch(did):
            self.numbers.append(int(did, 16))
            self.rows.append(row)
        else:
            if did in self.other:
                self.repeated.append(self.other[did])
            self.other[did] = row

    def dead(self) -> list[int]:
        """The rows of ids that come again later (the last copy is kept)."""
        dead = list(self.repeated)
        if len(self.numbers) > 1:
            numbers = np.frombuffer(self.numbers, dtype=np.uint64)
            order = np.argsort(numbers, kind="stable")  # equal ids in row order
            ordered = numbers[order]
            earlier = np.flatnonzero(ordered[:-1] == ordered[1:])
            dead += np.frombuffer(self.rows, dtype=np.int64)[order[earlier]].tolist()
        return sorted(dead)


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
    normalised = Normalised()
    return build_prepared_segment(directory, name, (prepare_doc(doc, normalised) for doc in docs), after_read)


def build_prepared_segment(directory: Path, name: str, docs: Iterable[PreparedDoc],
                           after_read: Callable[[], None] | None = None) -> SegmentMeta:
    """build_segment of documents already prepared (store.search.prepared):
    the same files as from the documents themselves."""
    with synced_together(directory):
        return _build_segment(directory, name, docs, after_read)


def _build_segment(directory: Path, name: str, docs: Iterable[PreparedDoc],
                   after_read: Callable[[], None] | None) -> SegmentMeta:
    files: dict[str, int] = {}
    ids = _Ids()
    chunks = _PostingChunks(directory, name)
    with ExitStack() as stack:
        blobs = {part: Blob(stack.enter_context(segment_writer(part_path(directory, name, part)))) for part in TEXTS}
        texts, facts = _Texts(blobs, directory), _Facts(directory)
        n = 0
        for i, doc in enumerate(docs):
            if i >= MAX_DOCS - 1:
                raise ValueError(f"too many documents for one segment (>{MAX_DOCS - 1})")
            ids.add(doc.id, i)
            texts.add(doc)
            chunks.add(i, doc.posting_text(), doc.lens)
            facts.add(i, doc)
            n = i + 1
        chunks.finish(n, after_read)
        columns = {**texts.columns(), **facts.columns(), "tcode": chunks.alphabet.chars}
        files.update({part: blob.size for part, blob in blobs.items()})
    dead = ids.dead()
    del ids
    chunks.bigrams.merge(directory, name, files, "p")
    tri_min = max(TRI_MIN_FLOOR, n // TRI_MIN_DIV)
    chunks.trigrams.merge(directory, name, files, "t", common_bigrams(chunks.bigrams.df, chunks.alphabet, tri_min))
    for part in COLUMNS:
        path, values = part_path(directory, name, f"{part}.npy"), columns[part]
        files[f"{part}.npy"] = (values.write_npy(path) if isinstance(values, SpooledColumn)
                                else write_npy(path, _column(part, values)))
    dead_name = None
    if dead:
        mask = np.zeros(n, dtype=bool)
        mask[dead] = True
        dead_name = f"{name}.dead.0.npy"
        write_npy(directory / dead_name, mask)
    return {"name": name, "n_docs": n, "files": files, "units": list(facts.units), "kinds": list(KINDS),
            "dead": dead_name, "tri_min": tri_min}
