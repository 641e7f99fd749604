"""What the user sees of a match: snippets of a result's body around its
hits, and the spans of a text to highlight.

Snippets are cut from the stored (original) body; the hits are found in its
normalisation and mapped back.  hit_spans works on any text, with the same
matching as the index (normalised substrings, pinyin through the index's
vocabulary).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol

from store.search.normalize import find_all, normalize, offset_map, to_original
from store.search.pinyin import expand
from store.search.query import Query, QueryError, parse

if TYPE_CHECKING:
    from store.search.segment import Segment

SNIPPET_BEFORE, SNIPPET_AFTER, SNIPPETS_MAX = 24, 48, 2
# The matching facts whose clauses may become the snippets of an article a
# filter alone found: two facts of one sentence (4.3万辆 … 95.3万辆) gave
# the same snippet twice, so the first SNIPPETS_MAX *different* clauses of
# the first CLAUSES_LOOKED_AT facts are shown (both backends alike).
CLAUSES_LOOKED_AT = 8


class PinyinSource(Protocol):
    def pinyin_words(self, latin: str) -> list[str]: ...


def _no_words(latin: str) -> list[str]:
    return []


def snippets(seg: Segment, d: int, literals: list[str], fids: list[int],
             norm_span: tuple[int, int] | None = None) -> list[str]:
    """Up to SNIPPETS_MAX windows of the body around its first hits.  The byte
    span of the normalised body may be passed in (gathered for a whole page at
    once: per-row access to memory-mapped arrays is slow)."""
    nb, ne = norm_span if norm_span is not None else seg.norm_body_span(d)  # in the doc's payload
    needles = [t for t in literals if t]
    if needles and ne > nb and seg.same[d]:
        out = _snippets_aligned(seg, d, nb, ne, needles)
    else:
        out = _snippets_decoded(seg, d, nb, ne, needles)
    if not out and fids:
        out = distinct_clauses(seg.fact_texts(f)[1] for f in fids[:CLAUSES_LOOKED_AT])
    if not out:
        lead, more = seg.body_window(d, 0, SNIPPET_BEFORE + SNIPPET_AFTER)
        if lead:
            out.append(_clean(lead, False, more))
    return out


def _snippets_aligned(seg: Segment, d: int, nb: int, ne: int, needles: list[str]) -> list[str]:
    """Snippets of a body whose chars map one to one onto its normalisation:
    hits are found in the normalised bytes and only the prefixes up to them are
    decoded (the best-scoring bodies are the longest; decoding them whole would
    dominate the cost of a first page)."""
    from store.search.segment import decode_prefix

    norm = seg.payload(d)
    pats = [(t.encode("utf-8", "surrogatepass"), len(t)) for t in needles]
    out: list[str] = []
    p, pc = nb, 0  # search from byte p of the normalised body, which is its char pc
    while len(out) < SNIPPETS_MAX:
        best = None
        for pat, n in pats:
            x = norm.find(pat, p, ne)
            if x >= 0 and (best is None or (x, n) < best):
                best = (x, n)
        if best is None:
            break
        x, n = best
        c = pc + len(norm[p:x].decode("utf-8", "surrogatepass"))
        lo, hi = max(0, c - SNIPPET_BEFORE), c + n + SNIPPET_AFTER
        window, more = seg.body_window(d, lo, hi)
        out.append(_clean(window, lo > 0, more))
        if not more:
            break
        p = x + len(decode_prefix(norm, x, ne, hi - c)[: hi - c].encode("utf-8", "surrogatepass"))
        pc = hi
    return out


def _snippets_decoded(seg: Segment, d: int, nb: int, ne: int, needles: list[str]) -> list[str]:
    body = seg.title_body(d)[1]
    out: list[str] = []
    if needles and body:
        nbody = seg.payload(d)[nb:ne].decode("utf-8", "surrogatepass")
        aligned = len(nbody) == len(body)
        starts: list[int] | None = None
        pos = 0  # normalised offset: find only the occurrences that become snippets
        while len(out) < SNIPPETS_MAX:
            best: tuple[int, int] | None = None
            for t in needles:
                i = nbody.find(t, pos)
                if i >= 0 and (best is None or (i, i + len(t)) < best):
                    best = (i, i + len(t))
            if best is None:
                break
            if not aligned:
                # a char normalises to >= 1 chars, so original offsets are <= normalised
                # ones: mapping the prefix up to the snippet's end is enough
                k = min(len(body), best[1] + SNIPPET_AFTER + 1)
                if starts is None or len(starts) < k:
                    starts = offset_map(body[:k], normalize(body[:k])) or list(range(k))
            a, b = to_original(starts, best)
            lo = max(0, a - SNIPPET_BEFORE)
            hi = min(len(body), b + SNIPPET_AFTER)
            out.append(_clean(body[lo:hi], lo > 0, hi < len(body)))
            pos = hi if starts is None else (starts[hi] if hi < len(starts) else len(nbody))
            if hi >= len(body):
                break
    return out


def distinct_clauses(clauses: Iterable[str | None]) -> list[str]:
    """Up to SNIPPETS_MAX snippets of fact clauses, none shown twice."""
    out: list[str] = []
    for clause in clauses:
        shown = _clean(clause, False, False) if clause else ""
        if shown and shown not in out:
            out.append(shown)
            if len(out) == SNIPPETS_MAX:
                break
    return out


def _clean(text: str, pre: bool, post: bool) -> str:
    text = " ".join(text.split())
    return ("…" if pre else "") + text + ("…" if post else "")


def hit_spans(text: str, query: str | Query, index: PinyinSource | None = None) -> list[tuple[int, int]]:
    """Spans (start, end) in `text` of every hit of the query's terms, in order,
    non-overlapping; Latin words also hit the Chinese words they spell in pinyin
    when `index` is given.  The query may be given parsed (the Query a search
    result carries), so that it is parsed once per keystroke; a malformed query
    yields no spans."""
    if isinstance(query, Query):
        q = query
    else:
        try:
            q = parse(query)
        except QueryError:
            return []
    needles: set[str] = set()
    for term in q.positive_terms():
        needles.update(t for t, _ in expand(term, index.pinyin_words if index is not None else _no_words))
    if not needles or not text:
        return []
    normed = normalize(text)
    starts = offset_map(text, normed)
    raw = sorted(s for n in needles for s in find_all(normed, n))
    merged: list[tuple[int, int]] = []
    for a, b in raw:
        if merged and a < merged[-1][1]:
            if b > merged[-1][1]:
                merged[-1] = (merged[-1][0], b)
            continue
        merged.append((a, b))
    return [to_original(starts, s) for s in merged]
