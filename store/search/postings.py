"""Writing the postings of one segment (ingest side; see store.search.format).

For every char unigram and bigram of the normalised title, body and fact
subjects the segment stores the sorted list of documents containing it, with
a packed per-field occurrence count (format.TF_FIELDS); trigram postings have
the same layout, keyed by three char codes of a per-segment alphabet assigned
in order of first appearance.  Trigrams are kept only when both their bigrams
are in more than `tri_min` documents: the others are found through their
rarer bigram as cheaply, and dropping them halves the trigram postings.
Chars beyond the alphabet's codes have no trigrams; terms holding them use
bigrams and verification.

Documents are grouped in blocks of 2^BLOCK_BITS (each block has its own run
of keys, located by the `<x>blocks` table); a key's postings in a block are
varints of doc gaps and tf codes (store.search.varint).  The
postings of each chunk of documents are sorted and spilled as a run to a
scratch file; the runs are merged at the end one key range at a time, so
memory is bounded by a chunk, not by the archive.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, ExitStack, contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import BinaryIO

import numpy as np

from store.fileio import atomic_writer, fsync_dir
from store.search import varint
from store.search.chunked import ChunkedWriter
from store.search.format import (
    BIGRAM_SHIFT,
    BLOCKS,
    BODY,
    CHUNKS,
    CODE_BITS,
    DOC_BITS,
    MAX_CODES,
    MAX_DOCS,
    POSTINGS,
    SEP,
    SUBJ,
    TF_FIELDS,
    TF_VALUES,
    TITLE,
    part_path,
)
from store.search.normalize import utf32

BLOCK_BITS = 16               # documents per block: 2^16 (a chunk's local doc numbers take 16 bits)
BLOCK_MASK = (1 << BLOCK_BITS) - 1
MERGE_PART = 1_000_000        # postings merged per key range (bounds memory)
MAX_BLOCK_BYTES = (1 << 32) - 1   # posting offsets within a doc block are uint32


# How segment files are written: None = each atomically and synced (the
# default); a list = plainly, gathering their paths for one sync of them all
# (synced_together: a new segment's files have names no manifest knows yet,
# so they need no atomic rename, and syncing them in parallel lets the disk
# batch the flushes); False = scratch, never synced (a reader's private
# segment, read once and deleted).
_WRITES: ContextVar[list[Path] | bool | None] = ContextVar("factdesk_segment_writes", default=None)


@contextmanager
def scratch_segments() -> Iterator[None]:
    """Segment files written in this block (this thread) are not synced."""
    token = _WRITES.set(False)
    try:
        yield
    finally:
        _WRITES.reset(token)


@contextmanager
def synced_together(directory: Path) -> Iterator[None]:
    """Segment files written in this block are synced together when it ends
    without error, then `directory` (scratch ones stay unsynced)."""
    if _WRITES.get() is False:
        yield
        return
    paths: list[Path] = []
    token = _WRITES.set(paths)
    try:
        yield
    finally:
        _WRITES.reset(token)
    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            list(pool.map(_fsync, paths))
    except RuntimeError as err:
        # No thread to be had (a memory limit, ulimit -v: each thread's stack
        # is address space): "internal error: RuntimeError: can't start new
        # thread", exit 70, with the files saved and the index unbuilt.
        # The syncs need no thread: made one after the other.
        if not thread_refused(err):
            raise
        for path in paths:
            _fsync(path)
    fsync_dir(directory)


def thread_refused(err: BaseException) -> bool:
    """Python's error for a thread the system would not start (out of
    memory or of threads)."""
    return isinstance(err, RuntimeError) and "can't start new thread" in str(err)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def segment_writer(path: Path) -> AbstractContextManager[BinaryIO]:
    """A handle for a segment file (see _WRITES)."""
    mode = _WRITES.get()
    if mode is None:
        return atomic_writer(path)
    if isinstance(mode, list):
        mode.append(path)
    return open(path, "wb")


class Alphabet:
    """Per-segment char codes for trigram keys (1..MAX_CODES; 0 = no code)."""

    def __init__(self) -> None:
        self.lut = np.zeros(0x10000, dtype=np.uint16)   # BMP code point -> code
        self.chars: list[int] = []

    def codes(self, cp: np.ndarray) -> np.ndarray:
        """Codes of the code points `cp` (uint32), assigning new ones as needed."""
        bmp = cp < 0x10000
        cpb = np.where(bmp, cp, 0)
        present = np.zeros(0x10000, dtype=bool)  # not np.unique: numpy 2 loads numpy.ma for it
        present[cpb] = True
        seen = np.flatnonzero(present)
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
    occurrences.  One plain sort of key|local doc|field (an argsort-based
    np.unique costs far more): runs of equal values count a field, runs of
    equal key|doc make a posting."""
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
    for code, shift, cap in TF_FIELDS:
        m = f == code
        tf[group[m]] |= (np.minimum(counts[m], cap) << shift).astype(np.uint16)
    comp = ((ug >> np.uint64(16)) << np.uint64(DOC_BITS)) | ((ug & np.uint64(0xFFFF)) + np.uint64(doc_base))
    return comp, tf


def chunk_text(strings: list[str], alphabet: Alphabet) -> tuple[np.ndarray, np.ndarray]:
    """Code points and trigram codes of a chunk's texts (NUL-separated).  The
    codes are assigned here, in document order, before the chunk goes to the
    worker thread."""
    cp32 = np.frombuffer(utf32("\x00".join(strings) + "\x00"), dtype=np.uint32)
    return cp32, alphabet.codes(cp32)


def chunk_postings(cp32: np.ndarray, codes: np.ndarray, lens: list[tuple[int, int, int]],
                   doc_base: int) -> tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]:
    """Unigram/bigram and trigram (composite key<<22|doc, packed tf) of a run of
    (at most 2^16) documents, each unique and sorted.  Nearly all of it is
    numpy that releases the GIL, so it runs in a thread beside the main loop."""
    seg_lens = np.array([x for t, s, b in lens for x in (t, 1, b, 1, s, 1)], dtype=np.int64)
    seg_codes = np.tile(np.array([TITLE, SEP, BODY, SEP, SUBJ, SEP], dtype=np.uint8), len(lens))
    field = np.repeat(seg_codes, seg_lens)
    doc_len = seg_lens.reshape(-1, 6).sum(axis=1)
    docs = np.repeat(np.arange(len(lens), dtype=np.uint64), doc_len)   # local doc numbers
    cp = cp32.astype(np.uint64)
    nz = cp != 0
    bi = nz[:-1] & nz[1:]
    shift = np.uint64(BIGRAM_SHIFT)
    ub = _count_fields(np.concatenate([cp[nz] << shift, ((cp[:-1] << shift) | cp[1:])[bi]]),
                       np.concatenate([docs[nz], docs[:-1][bi]]), np.concatenate([field[nz], field[:-1][bi]]), doc_base)
    del cp, nz, bi
    code = codes.astype(np.uint64)
    has = code != 0
    tri = has[:-2] & has[1:-1] & has[2:]
    tkey = (code[:-2] << np.uint64(2 * CODE_BITS)) | (code[1:-1] << np.uint64(CODE_BITS)) | code[2:]
    ut = _count_fields(tkey[tri], docs[:-2][tri], field[:-2][tri], doc_base)
    return ub, ut


class Blob:
    """An append-only file being written through an atomic writer; counts its size."""

    def __init__(self, handle: BinaryIO):
        self.handle = handle
        self.size = 0

    def add(self, data: bytes) -> int:
        self.handle.write(data)
        self.size += len(data)
        return self.size


def write_npy(path: Path, array: np.ndarray) -> int:
    """Write one .npy column atomically; returns its size."""
    with segment_writer(path) as fh:
        np.save(fh, array, allow_pickle=False)
        size = fh.tell()
    return size


class Runs:
    """Sorted runs of (composite, tf) spilled to scratch files, merged at the end.
    Every SPARSE-th composite of each run stays in memory: it picks the key
    ranges of the merge and finds where they start in each run, so the runs
    are only ever read sequentially, a key range at a time (mapping them and
    binary-searching there faulted most of their pages into our memory)."""

    SPARSE = 1024

    def __init__(self, path: Path):
        self.path = path
        # scratch files, closed by merge() and deleted after it
        self.fc = open(path.with_name(path.name + ".runc"), "wb")  # noqa: SIM115
        self.ft = open(path.with_name(path.name + ".runt"), "wb")  # noqa: SIM115
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

    def merge(self, directory: Path, segment: str, files: dict[str, int], prefix: str,
              keep: Callable[[np.ndarray], np.ndarray] | None = None) -> None:
        """Write the posting parts <prefix>keys / offs / data (raw arrays),
        <prefix>tfvals.npy and <prefix>blocks.npy.  Each doc block gets its own
        run of keys; a key's postings are (doc gap, tf code) pairs in `data`
        (store.search.varint.encode_postings; the first gap is the doc's
        number within its block), from byte start + offs[i + b] to start +
        offs[i + b + 1] (b: the block's ordinal, start: its first byte; offsets
        count from the block's start and each block's run of offsets ends
        with its end) of the
        stream that `data` holds compressed in chunks (store.search.chunked;
        their frames' offsets are <prefix>chunks.npy).  tf codes index `tfvals`, the segment's tf
        values, most frequent first (so nearly all codes take one byte).  The
        blocks table holds (first doc, first key, end key, start) per block.  `keep`
        (keys -> mask) drops some keys.  Each key's document count is kept in
        `df` (keys, counts) for the trigram filter."""
        self.fc.close()
        self.ft.close()
        tfvals = _tf_values(self.ft.name)
        code_of = np.zeros(1 << 16, dtype=np.int64)
        code_of[tfvals] = np.arange(len(tfvals))
        table: list[tuple[int, int, int]] = []
        df_keys: list[np.ndarray] = []
        df_counts: list[np.ndarray] = []
        with ExitStack() as stack:
            out: dict[str, Blob | ChunkedWriter] = {
                k: (ChunkedWriter if k == "data" else Blob)(
                    stack.enter_context(segment_writer(part_path(directory, segment, prefix + k))))
                for k in POSTINGS}
            done = n_keys = 0
            for block in sorted(set(self.blocks)):
                first, start = n_keys, done
                for c, t in self._merged([r for r, b in enumerate(self.blocks) if b == block]):
                    key = c >> np.uint64(DOC_BITS)
                    starts = np.flatnonzero(np.concatenate([[True], key[1:] != key[:-1]]))
                    if keep is not None:
                        kept = keep(key[starts])
                        if not kept.all():
                            m = np.repeat(kept, np.diff(np.append(starts, len(key))))
                            c, t, key = c[m], t[m], key[m]
                            starts = np.flatnonzero(np.concatenate([[True], key[1:] != key[:-1]])) if len(key) else starts[:0]
                    if not len(key):
                        continue
                    local = ((c & np.uint64(MAX_DOCS - 1)) - np.uint64(block << BLOCK_BITS)).astype(np.int64)
                    gaps = np.diff(local, prepend=0)
                    gaps[starts] = local[starts]
                    data, at = varint.encode_postings(gaps, code_of[t])
                    del local, gaps
                    out["keys"].add(key[starts].astype(POSTINGS["keys"]).tobytes())
                    out["offs"].add(_block_offsets(at[starts] + (done - start)))
                    out["data"].add(data.tobytes())
                    df_keys.append(key[starts])
                    df_counts.append(np.diff(np.append(starts, len(key))))
                    done += len(data)
                    n_keys += len(starts)
                out["offs"].add(_block_offsets(np.array([done - start])))  # the block's end
                table.append((block << BLOCK_BITS, first, n_keys, start))
            chunks = out["data"]
            assert isinstance(chunks, ChunkedWriter)
            chunks.close()
            for k, blob in out.items():
                files[prefix + k] = blob.size
        files[prefix + CHUNKS] = write_npy(part_path(directory, segment, prefix + CHUNKS),
                                           np.array(chunks.ends, dtype=np.int64))
        files[prefix + BLOCKS] = write_npy(part_path(directory, segment, prefix + BLOCKS),
                                           np.array(table, dtype=np.int64).reshape(-1, 4))
        files[prefix + TF_VALUES] = write_npy(part_path(directory, segment, prefix + TF_VALUES), tfvals)
        self.df = (np.concatenate(df_keys) if df_keys else np.zeros(0, dtype=np.uint64),
                   np.concatenate(df_counts) if df_counts else np.zeros(0, dtype=np.int64))
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


def _block_offsets(offsets: np.ndarray) -> bytes:
    """Offsets within a doc block, as stored (format.POSTINGS)."""
    if len(offsets) and int(offsets.max()) > MAX_BLOCK_BYTES:
        raise ValueError("too many postings in one document block")
    return offsets.astype(POSTINGS["offs"]).tobytes()


def _tf_values(path: str) -> np.ndarray:
    """The distinct packed tfs of a scratch tf file, most frequent first."""
    counts = np.zeros(1 << 16, dtype=np.int64)
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 24):
            counts += np.bincount(np.frombuffer(chunk, dtype="<u2"), minlength=1 << 16)
    values = np.flatnonzero(counts)
    return values[np.argsort(-counts[values], kind="stable")].astype(np.uint16)


def common_bigrams(df: tuple[np.ndarray, np.ndarray], alphabet: Alphabet, tri_min: int) -> Callable[[np.ndarray], np.ndarray]:
    """keep() for trigram keys: both of the trigram's bigrams are in more than
    tri_min documents (`df`: the unigram/bigram keys' runs and their document
    counts, from Runs.merge).  Other trigrams are not stored: a query finds
    their candidates through the rarer bigram (at most tri_min documents)
    instead."""
    keys, lens = df
    pkeys, inv = np.unique(keys, return_inverse=True)  # a key has a run in each doc block
    df = np.bincount(inv, weights=lens, minlength=len(pkeys)).astype(np.int64)
    chars = np.array([0] + alphabet.chars, dtype=np.uint64)
    mask = np.uint64(MAX_CODES)

    def bigram_df(a: np.ndarray, b: np.ndarray) -> np.ndarray:
        k = (a << np.uint64(BIGRAM_SHIFT)) | b
        i = np.searchsorted(pkeys, k)
        i[i >= len(pkeys)] = 0
        return np.where(pkeys[i] == k, df[i] if len(df) else 0, 0) if len(pkeys) else np.zeros(len(k), dtype=np.int64)

    def keep(keys: np.ndarray) -> np.ndarray:
        c0 = chars[(keys >> np.uint64(2 * CODE_BITS)) & mask]
        c1 = chars[(keys >> np.uint64(CODE_BITS)) & mask]
        c2 = chars[keys & mask]
        return np.minimum(bigram_df(c0, c1), bigram_df(c1, c2)) > tri_min

    return keep
