"""Ranking the matches of a query and turning them into result dicts, a page
at a time.

A result is {"article_id", "title", "score", "hits", "snippets", "fact_ids"};
a search returns {"total", "facts_total", "results", "query"} where "query" is
the parsed Query (the app reuses it to highlight the article it shows).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from store.search.highlight import snippets
from store.search.id_keys import id_keys

if TYPE_CHECKING:
    from store.search.evaluate import SegmentMatches
    from store.search.query import Query
    from store.search.segment import Segment

LAZY_BATCH = 256          # results of a full list materialised per batch, on access
POS_BITS, DATE_BITS, SCORE_BITS = 22, 18, 20


def rank(keys: np.ndarray, score: np.ndarray, tier: np.ndarray | None, n: int,
         ids: Callable[[np.ndarray], np.ndarray] | None = None) -> np.ndarray:
    """Positions of the n best matches, best first: by tier (literal before
    pinyin), score, date (newest first), then article id (`ids` gives the
    ids' rank keys of the positions it is given, store.search.id_keys;
    asked only of the candidates; without it, position) — so that ties
    come in the same order whatever the documents' order in the index (a
    rebuild, a copy, another backend).  `keys` comes in holding the date keys
    and is overwritten: tier 3 bits | score 20 | date 18 go into one int64
    and the tie-break's rank among the candidates below them (22 bits), so
    that a plain sort or partition ranks."""
    keys |= np.minimum(score, (1 << SCORE_BITS) - 1) << DATE_BITS
    if tier is not None:
        keys |= np.minimum(tier, 7) << (DATE_BITS + SCORE_BITS)
    total = len(keys)
    if n < total:  # the candidates: the n best and every tie of the n-th
        cut = np.partition(keys, total - n)[total - n]
        cand = np.flatnonzero(keys >= cut)
    else:
        cand = np.arange(total)
    m = len(cand)
    by_id = np.arange(m) if ids is None else np.argsort(ids(cand))  # candidates in id order
    if m >= 1 << POS_BITS:  # more candidates than ranks: a sort on both keys
        tie = np.empty(m, dtype=np.int64)
        tie[by_id] = np.arange(m)
        return cand[np.lexsort((tie, -keys[cand]))[:n]]
    packed = keys[cand[by_id]] << POS_BITS  # in id order, so the id's rank is the position
    packed |= (1 << POS_BITS) - 1 - np.arange(m, dtype=np.int64)
    if n < m:
        packed = np.partition(packed, m - n)[m - n:]
    packed.sort()
    return cand[by_id[((1 << POS_BITS) - 1) - (packed[::-1] & ((1 << POS_BITS) - 1))]]


class Page:
    """The ranked matches of one search, materialised into result dicts on demand."""

    def __init__(self, segments: list[Segment], seg_ix: Any, docs: Any, score: Any, hits: Any,
                 fmasks: dict[int, Any], literals: list[str], n_detail: int):
        self.segments, self.seg_ix, self.docs, self.score, self.hits = segments, seg_ix, docs, score, hits
        self.fmasks, self.literals, self.n_detail = fmasks, literals, n_detail
        self.n = len(docs)

    def rows(self, k0: int, k1: int) -> list[dict]:
        """Result dicts of ranks k0..k1 (snippets and text-matched facts below n_detail)."""
        k1 = min(k1, self.n)
        if k1 <= k0:
            return []
        sel_seg, sel_doc = self.seg_ix[k0:k1], self.docs[k0:k1].astype(np.int64)
        info: list[tuple | None] = [None] * (k1 - k0)
        spans: list[tuple | None] = [None] * (k1 - k0)
        n_text_total = max(0, min(self.n_detail, k1) - k0)
        for si in np.flatnonzero(np.bincount(sel_seg)).tolist():  # np.unique loads numpy.ma
            seg = self.segments[si]
            where = np.flatnonzero(sel_seg == si)
            n_text = int((where < n_text_total).sum())
            for w, row in zip(where.tolist(), seg.page(sel_doc[where], self.fmasks.get(si), self.literals, n_text)):
                info[w] = row
            detailed = where[:n_text]
            if len(detailed):
                no = seg.noff[sel_doc[detailed]]
                for w, nb, ne in zip(detailed.tolist(), (no[:, 1] + 1).tolist(), no[:, 2].tolist()):
                    spans[w] = (nb, ne)
        out = []
        for k, (si, d, sc, hi, row) in enumerate(zip(sel_seg.tolist(), sel_doc.tolist(), self.score[k0:k1].tolist(),
                                                      self.hits[k0:k1].tolist(), info)):
            art_id, title, fidx, fids = row
            detailed = k0 + k < self.n_detail
            out.append({
                "article_id": art_id,
                "title": title,
                "score": sc,
                "hits": hi,
                "snippets": snippets(self.segments[si], d, self.literals, fidx, spans[k]) if detailed else [],
                "fact_ids": fids,
            })
        return out

    def article_ids(self) -> list[str]:
        segs = np.flatnonzero(np.bincount(self.seg_ix)).tolist() if len(self.seg_ix) else []
        if len(segs) == 1:
            return self.segments[segs[0]].id_array()[self.docs].tolist()
        out = np.empty(self.n, dtype=object)
        for si in segs:
            where = self.seg_ix == si
            out[where] = self.segments[si].id_array()[self.docs[where]]
        return out.tolist()


class LazyResults(Sequence):
    """A full result list (limit=0) whose dicts are built when first accessed, a
    batch at a time, and then kept (so callers may update them in place).
    `article_ids()` gives the whole ranking without building dicts."""

    def __init__(self, page: Page, first: list[dict]):
        self._page = page
        self._head = len(first)
        self._items: list[dict | None] = list(first) + [None] * (page.n - len(first))

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self._items)))]
        n = len(self._items)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("result index out of range")
        item = self._items[i]
        if item is None:
            k0 = self._head + (i - self._head) // LAZY_BATCH * LAZY_BATCH
            batch = self._page.rows(k0, k0 + LAZY_BATCH)
            self._items[k0:k0 + len(batch)] = batch
            item = self._items[i]
        return item

    def __iter__(self) -> Iterator[dict]:
        items = self._items
        i0 = next((i for i in range(self._head, len(items)) if items[i] is None), None)
        if i0 is not None and all(x is None for x in items[i0:]):  # build the rest at once: one page() call
            items[i0:] = self._page.rows(i0, len(items))
        for i in range(len(items)):
            yield self[i]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    def __repr__(self) -> str:
        return f"<{len(self)} search results>"

    def article_ids(self) -> list[str]:
        return self._page.article_ids()


def _concat(segments: list[Segment], found: list[SegmentMatches]) -> tuple[np.ndarray, ...]:
    """(segment index, doc, score, tier, hits, date key) of every match, segment after segment."""
    if len(found) == 1:
        m = found[0]
        return (np.full(len(m.docs), m.segment, dtype=np.int8), m.docs, m.score, m.tier, m.hits,
                segments[m.segment].date_key[m.docs])
    return (np.concatenate([np.full(len(m.docs), m.segment, dtype=np.int8) for m in found]),
            np.concatenate([m.docs for m in found]),
            np.concatenate([m.score for m in found]),
            None if found[0].tier is None else np.concatenate([m.tier for m in found]),
            np.concatenate([m.hits for m in found]),
            np.concatenate([segments[m.segment].date_key[m.docs] for m in found]))


def ranked_results(segments: list[Segment], q: Query, found: list[SegmentMatches], literals: list[str],
                   limit: int, detail: int | None) -> dict:
    """The search result of matches `found`: the first `limit` (0 = all, as a
    LazyResults), the first `detail` of them (None = all) with snippets and,
    for queries without filters, the facts whose subject or clause holds a term."""
    facts_total = sum(int(m.fact_count.sum()) for m in found if m.fact_count is not None)
    total = sum(len(m.docs) for m in found)
    if not total:
        return {"total": 0, "facts_total": facts_total, "results": [], "query": q}
    seg_ix, docs, score, tier, hits, keys = _concat(segments, found)
    top = rank(keys, score, tier, total if limit <= 0 else min(limit, total),
               lambda positions: id_keys(segments, seg_ix[positions], docs[positions]))
    n_detail = len(top) if detail is None else min(len(top), max(detail, 0))
    page = Page(segments, seg_ix[top], docs[top], score[top], hits[top],
                {m.segment: m.fact_mask for m in found}, literals, n_detail)
    first = page.rows(0, page.n_detail if limit <= 0 else len(top))
    if not q.filters:
        facts_total = sum(len(r["fact_ids"]) for r in first[:page.n_detail])  # counted over the detailed results
    results: list[dict] | LazyResults = first if limit > 0 else LazyResults(page, first)
    return {"total": total, "facts_total": facts_total, "results": results, "query": q}
