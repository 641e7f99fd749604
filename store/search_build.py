"""Writing one immutable index segment (ingest side).

A segment holds, for its documents:
- postings: for every char unigram and bigram of the normalised title, body and
  fact subjects, the sorted list of documents containing it, with a packed
  per-field occurrence count (body:8 bits, title:4, subjects:4, capped);
- `norm`: the normalised texts as UTF-8 (title NUL body NUL subjects NUL), used
  to verify candidates of queries of 3+ chars with bytes.find on an mmap
  (UTF-8 is self-synchronising, so a byte match is a char match);
- `orig`: the original title and body, for snippets;
- columns: dates, ids, and the facts (doc, kind, value, value_high, year, unit).
Every file is written to a temp name, fsynced and renamed; the manifest
(written last by search_index) is what makes a segment part of the index.
"""

from __future__ import annotations

import math
import os
import re
from pathlib import Path
from typing import Any

import numpy as np
import orjson

from store.query import KINDS
from store.search_norm import normalize, utf8

DOC_BITS = 22                 # postings key<<22 | doc: up to 4M docs per segment
MAX_DOCS = 1 << DOC_BITS
TITLE, SUBJ, BODY, SEP = 0, 1, 2, 3
KIND_CODE = {k: i for i, k in enumerate(KINDS)}
CHUNK_CHARS = 8_000_000       # postings are built per chunk to bound memory
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


def fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


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


def _chunk_postings(strings: list[str], lens: list[tuple[int, int, int]], doc_base: int) -> tuple[np.ndarray, np.ndarray]:
    """(composite key<<22|doc, packed tf) for a run of documents, unique and sorted."""
    text = "\x00".join(strings) + "\x00"
    cp = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.uint64)
    seg_lens = np.array([x for t, s, b in lens for x in (t, 1, b, 1, s, 1)], dtype=np.int64)
    seg_codes = np.tile(np.array([TITLE, SEP, BODY, SEP, SUBJ, SEP], dtype=np.uint8), len(lens))
    field = np.repeat(seg_codes, seg_lens)
    doc_len = seg_lens.reshape(-1, 6).sum(axis=1)
    docs = np.repeat(np.arange(doc_base, doc_base + len(lens), dtype=np.uint64), doc_len)
    nz = cp != 0
    uni = nz
    bi = nz[:-1] & nz[1:]
    keys = np.concatenate([cp[uni] << np.uint64(21), ((cp[:-1] << np.uint64(21)) | cp[1:])[bi]])
    comp = (keys << np.uint64(DOC_BITS)) | np.concatenate([docs[uni], docs[:-1][bi]])
    fld = np.concatenate([field[uni], field[:-1][bi]])
    del keys, cp, docs, field
    u, inv = np.unique(comp, return_inverse=True)
    del comp
    n = len(u)
    tb = np.minimum(np.bincount(inv[fld == BODY], minlength=n), 255)
    tt = np.minimum(np.bincount(inv[fld == TITLE], minlength=n), 15)
    ts = np.minimum(np.bincount(inv[fld == SUBJ], minlength=n), 15)
    tf = (tb | (tt << 8) | (ts << 12)).astype(np.uint16)
    return u, tf


def build_segment(directory: Path, name: str, docs: list[dict]) -> dict:
    """Write segment `name` for `docs` (IndexDoc dicts); returns its manifest entry."""
    if len(docs) >= MAX_DOCS:
        raise ValueError(f"too many documents for one segment ({len(docs)})")
    p = lambda part: directory / f"{name}.{part}"  # noqa: E731
    files: dict[str, int] = {}
    norm = _Blob(p("norm"))
    orig = _Blob(p("orig"))
    ids = _Blob(p("ids"))
    fids = _Blob(p("fids"))
    fjson = _Blob(p("fjson"))
    ftext = _Blob(p("ftext"))
    noff = np.zeros((len(docs), 4), dtype=np.int64)
    ooff = np.zeros((len(docs), 3), dtype=np.int64)
    idoff = [0]
    dates = np.zeros(len(docs), dtype=np.int32)
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
    comps: list[np.ndarray] = []
    tfs: list[np.ndarray] = []
    chunk: list[str] = []
    chunk_lens: list[tuple[int, int, int]] = []
    chunk_base = 0
    chunk_chars = 0

    def flush(next_base: int) -> None:
        nonlocal chunk, chunk_lens, chunk_base, chunk_chars
        if chunk:
            u, tf = _chunk_postings(chunk, chunk_lens, chunk_base)
            comps.append(u)
            tfs.append(tf)
        chunk, chunk_lens, chunk_base, chunk_chars = [], [], next_base, 0

    for i, doc in enumerate(docs):
        title = doc.get("title") or ""
        body = doc.get("body") or ""
        facts = doc.get("facts") or []
        d = date_int(doc.get("date"))
        dates[i] = d
        nt, nb = normalize(title), normalize(body)
        subjects = [normalize(f.get("subject") or "") for f in facts]
        ns = "\x00".join(s for s in subjects if s)
        start = norm.size
        bt, bb, bs = utf8(nt), utf8(nb), utf8(ns)
        norm.add(bt + b"\x00" + bb + b"\x00" + bs + b"\x00")
        noff[i] = (start, start + len(bt), start + len(bt) + 1 + len(bb), start + len(bt) + len(bb) + len(bs) + 2)
        ot, ob = utf8(title), utf8(body)
        ostart = orig.size
        orig.add(ot + b"\x00" + ob)
        ooff[i] = (ostart, ostart + len(ot), ostart + len(ot) + 1 + len(ob))
        idoff.append(ids.add(utf8(str(doc["id"]))))
        s = nt + "\x00" + nb + "\x00" + ns
        chunk.append(s)
        chunk_lens.append((len(nt), len(ns), len(nb)))
        chunk_chars += len(s)
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
        if chunk_chars >= CHUNK_CHARS:
            flush(i + 1)
    flush(len(docs))
    for part, blob in (("norm", norm), ("orig", orig), ("ids", ids), ("fids", fids), ("fjson", fjson), ("ftext", ftext)):
        files[part] = blob.close()

    if comps:
        comp = np.concatenate(comps)
        tf = np.concatenate(tfs)
        del comps, tfs
        order = np.argsort(comp, kind="stable")
        comp = comp[order]
        tf = tf[order]
        del order
    else:
        comp = np.zeros(0, dtype=np.uint64)
        tf = np.zeros(0, dtype=np.uint16)
    key = comp >> np.uint64(DOC_BITS)
    pdocs = (comp & np.uint64(MAX_DOCS - 1)).astype(np.uint32)
    del comp
    if len(key):
        starts = np.concatenate([[0], np.flatnonzero(key[1:] != key[:-1]) + 1])
    else:
        starts = np.zeros(0, dtype=np.int64)
    keys = key[starts]
    offs = np.concatenate([starts, [len(key)]]).astype(np.int64)
    del key
    arrays = {
        "keys": keys, "offs": offs, "pdocs": pdocs, "ptf": tf,
        "noff": noff, "ooff": ooff, "date": dates, "idoff": np.array(idoff, dtype=np.int64),
        "fdoc": np.array(f_doc, dtype=np.uint32), "fkind": np.array(f_kind, dtype=np.uint8),
        "fval": np.array(f_val, dtype=np.float64), "fhigh": np.array(f_high, dtype=np.float64),
        "fyear": np.array(f_year, dtype=np.int16), "funit": np.array(f_unit, dtype=np.int32),
        "fidoff": np.array(fid_off, dtype=np.int64), "fjsoff": np.array(fjs_off, dtype=np.int64),
        "ftxoff": np.array(ftx_off, dtype=np.int64),
    }
    for part, arr in arrays.items():
        files[part + ".npy"] = write_file(p(part + ".npy"), arr)
    return {"name": name, "n_docs": len(docs), "files": files, "units": list(units), "dead": None}
