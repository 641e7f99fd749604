"""One document's share of an index segment, worked out on its own.

Most of a segment build's work is per document and does not depend on the
other documents or their order: normalising the title and body, the
patches that give the original text back, the facts' clauses, spans, ids,
values, years and normalised units and subjects.  :func:`prepare_doc` does
that part, so that it can run where the document already is (an ingest's
extraction workers, which have just found its facts) instead of in the
writer's commit, after reading the document back from its shard; the
segment build (store.search.build) then only assembles the prepared
documents in its own order: offsets, unit codes, frames, postings.  A
prepared document travels as :func:`pack`'s bytes (marshal of plain values,
zstd-compressed) and is read back with :func:`unpack`.

The build from documents prepares each one with this same function, so a
segment built from documents and one built from the same documents
prepared elsewhere are the same files.
"""

from __future__ import annotations

import marshal
import math
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

import numpy as np

from store.db.storage import compressor
from store.search.doctext import fact_meta_bytes, patch_bytes, patch_codes
from store.search.fact_dates import date_int, fact_year
from store.search.fold import fold_codes
from store.search.format import WHOLE_FACT_ID, numeric
from store.search.normalize import normalize, utf8, utf32
from store.search.qualified import stated

NORMALISED_KEPT = 50_000      # normalised units and subjects kept for reuse
PACK_LEVEL = 1                # zstd level of a packed document (it lives until the commit)


class PreparedDoc(NamedTuple):
    """What a segment keeps of one document, before it is placed among the
    others (see store.search.doctext for the frames and format.COLUMNS)."""

    id: str
    title: str            # the original title (the titles part)
    date: int             # date_int of the document's date
    same: bool            # each char of title NUL body normalises to one char
    text_frame: bytes     # frame 2d: normalised title NUL body, NUL, subjects (UTF-8)
    extra_frame: bytes    # frame 2d + 1: clauses, fact meta, original text or patches
    nlen: tuple[int, int, int, int, int]  # byte lengths: title, body, subjects, clauses, fact meta
    joined: str           # the facts' non-empty normalised subjects, NUL-joined (for the postings)
    lens: tuple[int, int, int]  # chars of the normalised title, of `joined`, of the normalised body
    kinds: list[str]      # per fact: its kind ("" for none; the segment codes them)
    values: list[float]   # the figure each states (store.search.qualified)
    highs: list[float]    # NaN: no value_high
    years: list[int]
    units: list[str]      # normalised unit, "" for none
    # The Han runs the pinyin vocabulary counts of the article
    # (pinyin.article_runs), when an extraction worker prepared it beside
    # its facts; the commit's build counts them in the store's order.
    vocab: tuple[list[str], list[str]] | None = None

    def normalised_texts(self) -> tuple[str, str]:
        """The normalised title and body (as normalize gives them)."""
        n_title, n_body = self.nlen[0], self.nlen[1]
        text = self.text_frame
        return (text[:n_title].decode("utf-8", "surrogatepass"),
                text[n_title + 1:n_title + 1 + n_body].decode("utf-8", "surrogatepass"))

    def posting_text(self) -> str:
        """The text whose grams the postings hold: normalised title NUL body NUL joined subjects."""
        n_text = self.nlen[0] + 1 + self.nlen[1]
        return self.text_frame[:n_text].decode("utf-8", "surrogatepass") + "\x00" + self.joined


class Normalised(dict):
    """normalize() of short texts that repeat (units, subjects), the latest
    few thousand kept."""

    def __missing__(self, text: str) -> str:
        if len(self) >= NORMALISED_KEPT:
            self.clear()
        value = self[text] = normalize(text)
        return value


_SHARED = Normalised()


def short_fact_id(fid: str, did: str) -> str:
    """A fact id as stored: without its article's id when it starts with it
    (`<article>:body:40` is kept as `body:40`), else marked whole."""
    return fid[len(did) + 1:] if fid.startswith(did + ":") else WHOLE_FACT_ID + fid


def prepare_doc(doc: Mapping[str, Any], normalised: Normalised | None = None) -> PreparedDoc:
    """Doc (an IndexDoc: id, title, body, date, facts) as a segment keeps it."""
    normalised = _SHARED if normalised is None else normalised
    did = str(doc["id"])
    title, body = doc.get("title") or "", doc.get("body") or ""
    facts = doc.get("facts") or []
    date = date_int(doc.get("date"))
    subjects = [normalised[f.get("subject") or ""] for f in facts]
    joined = "\x00".join(s for s in subjects if s)
    normed, aligned, original = _normalised(title, body)
    text = utf8(normed)
    bs = utf8("\x00".join(subjects))
    n_title = text.index(b"\x00")  # a normalised title holds no NUL
    located = _DocText(text, title + "\x00" + body if aligned else "", normed, len(title))
    clauses, fact_meta, columns = _facts(did, facts, date // 10000, located, normalised)
    nlen = (n_title, len(text) - n_title - 1, len(bs), len(clauses), len(fact_meta))
    chars_title = normed.index("\x00")
    lens = (chars_title, len(joined), len(normed) - chars_title - 1)
    return PreparedDoc(did, title, date, aligned, text + b"\x00" + bs, clauses + fact_meta + original, nlen,
                       joined, lens, *columns)


def pack(doc: PreparedDoc) -> bytes:
    return compressor(PACK_LEVEL).compress(marshal.dumps(tuple(doc), 4))


def unpack(raw: bytes, decompress: Callable[[bytes], bytes] | None = None) -> PreparedDoc:
    if decompress is None:
        import zstandard

        decompress = zstandard.ZstdDecompressor().decompress
    return PreparedDoc(*marshal.loads(decompress(raw)))


def prepared_of(doc: Mapping[str, Any], vocab: Callable[[], tuple[list[str], list[str]]] | None = None) -> bytes | None:
    """The packed prepared document (with ``vocab()``'s runs), or None when
    it cannot be prepared (the writer's commit then prepares it from the
    stored record, and meets the same error where it always did)."""
    return packed_of(prepared_or_none(doc), vocab)


def prepared_or_none(doc: Mapping[str, Any]) -> PreparedDoc | None:
    """prepare_doc, or None when it fails (see prepared_of)."""
    try:
        return prepare_doc(doc)
    except Exception:  # noqa: BLE001  (never costs the article: it is prepared again at the commit)
        return None


def packed_of(prepared: PreparedDoc | None, vocab: Callable[[], tuple[list[str], list[str]]] | None = None) -> bytes | None:
    """pack of a prepared document (with ``vocab()``'s runs); None for none, or when it fails."""
    if prepared is None:
        return None
    try:
        return pack(prepared if vocab is None else prepared._replace(vocab=vocab()))
    except Exception:  # noqa: BLE001  (as prepared_of)
        return None


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


def _facts(did: str, facts: list[dict], doc_year: int, doc: _DocText,
           normalised: Normalised) -> tuple[bytes, bytes, tuple[list, list, list, list, list]]:
    """The facts' clauses and (clause spans, ids) for the doc's second
    frame (store.search.doctext), and their column values; `doc.text` is
    the normalised title NUL body (a clause found there is kept as a span
    of it, not as text again)."""
    clauses, ids, spans = [], [], []
    kinds, values, highs, years, units = [], [], [], [], []
    for f in facts:
        kinds.append(f.get("kind") or "")
        value, high, qualifier = f.get("value"), f.get("value_high"), f.get("qualifier")
        value = value if type(value) is float else numeric(value)
        values.append(stated(value, qualifier) if qualifier else value)
        highs.append(math.nan if high is None else stated(numeric(high), qualifier))
        years.append(fact_year(f, doc_year))
        units.append(normalised[f.get("unit") or ""])
        ids.append(utf8(short_fact_id(str(f.get("id", "")), did)))
        clause = f.get("clause")
        clause = doc.clause_bytes(clause, normalize) if clause else b""
        at = doc.text.find(clause) if clause else -1
        spans.append((at, at + len(clause)) if at >= 0 else None)
        clauses.append((b"" if at >= 0 else clause) + b"\x00")
    return b"".join(clauses), fact_meta_bytes(spans, ids), (kinds, values, highs, years, units)
