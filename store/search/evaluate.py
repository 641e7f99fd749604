"""Evaluating a parsed query on the segments: which documents match, with
their score, hit count and tier (for ranking), and which facts pass the
filters.

A query is an AND of groups, each an OR of alternatives (a term and, for a
Latin word, the Chinese words it spells in pinyin), minus excluded terms,
with fact filters that must all hold for one fact of the document and
article fields (date:, pub:, source:) that must hold for the document.  The
article fields are applied first: they are the cheapest, and the documents
they leave restrict every term's matching.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from store.search.article_fields import article_mask
from store.search.terms import estimate, in_sorted, match

if TYPE_CHECKING:
    from store.search.article_fields import ArticleFields
    from store.search.query import Query, Term
    from store.search.segment import Segment

Alternatives = list[tuple[str, bool]]   # (normalised text, literal?) ways one group can match


@dataclass(slots=True)
class SegmentMatches:
    """The matching documents of one segment, sorted, with int64 columns."""

    segment: int                    # index of the segment in the index
    docs: np.ndarray
    score: np.ndarray
    tier: np.ndarray | None         # literal groups matched; None when all matches are literal
    hits: np.ndarray
    fact_mask: np.ndarray | None    # over the segment's facts: those passing the filters
    fact_count: np.ndarray | None   # per doc of `docs`: its facts passing the filters


class _Running:
    """Docs matched so far by the groups of one segment, with their columns."""

    def __init__(self, docs: np.ndarray | None):
        self.docs = docs
        self.score: np.ndarray | None = None
        self.tier: np.ndarray | None = None
        self.hits: np.ndarray | None = None

    def keep(self, mask: np.ndarray) -> None:
        self.docs = self.docs[mask]
        if self.score is not None:
            self.score, self.tier, self.hits = self.score[mask], self.tier[mask], self.hits[mask]

    def add_group(self, docs: np.ndarray, score: np.ndarray, hits: np.ndarray, literal: np.ndarray, n: int) -> None:
        """AND the group's docs (sorted) into the running set."""
        if self.docs is not None and self.score is not None:
            self.keep(in_sorted(self.docs, docs, n))
        self.docs = docs
        self.score = score if self.score is None else self.score + score
        self.tier = literal if self.tier is None else self.tier + literal
        self.hits = hits if self.hits is None else self.hits + hits


def _group_hits(seg: Segment, alternatives: Alternatives, restrict: np.ndarray | None):
    """(docs, score, hits, literal) of the docs matching any alternative; None if none does."""
    parts = []
    for text, literal in alternatives:
        th = match(seg, text, restrict)
        if len(th.docs):
            parts.append((th.docs, th.score, th.hits, literal))
    if not parts:
        return None
    if len(parts) == 1:
        docs, score, hits, lit = parts[0]
        return docs, score, hits, np.full(len(docs), int(lit), dtype=np.int64)
    # union over dense per-doc arrays: each part's docs are unique, so plain
    # fancy-index updates are safe (and much cheaper than np.unique + ufunc.at)
    present = np.zeros(seg.n, dtype=bool)
    score = np.zeros(seg.n, dtype=np.int64)
    hits = np.zeros(seg.n, dtype=np.int64)
    lit = np.zeros(seg.n, dtype=np.int64)
    for pdocs, pscore, phits, plit in parts:
        present[pdocs] = True
        score[pdocs] = np.maximum(score[pdocs], pscore)  # score: the best alternative's
        hits[pdocs] += phits
        if plit:
            lit[pdocs] = 1  # the tier (literal or not) ranks first
    docs = np.flatnonzero(present).astype(np.uint32)
    return docs, score[docs], hits[docs], lit[docs]


def match_segment(seg: Segment, si: int, q: Query, groups: list[Alternatives],
                  fields: ArticleFields | None = None) -> SegmentMatches | None:
    """The docs of segment `seg` (number `si`) matching `q`; None when there are none."""
    run = _Running(None)
    fmask = counts = allowed = None
    if q.articles:
        allowed = article_mask(seg, q.articles, fields)
        if allowed.all() and (q.groups or q.filters):
            allowed = None  # a field every doc passes restricts nothing: it costs the terms nothing
        else:
            run.docs = np.flatnonzero(allowed).astype(np.uint32)
            if not len(run.docs):
                return None
    if q.filters:
        fmask = seg.fact_mask(q.filters)
        counts = np.bincount(np.asarray(seg.fdoc)[fmask], minlength=seg.n)
        run.docs = np.flatnonzero(counts if allowed is None else (counts > 0) & allowed).astype(np.uint32)
        if not len(run.docs):
            return None
    # rarest group first: it restricts the candidates of the others
    for g in sorted(range(len(groups)), key=lambda g: min(estimate(seg, t) for t, _ in groups[g])):
        found = _group_hits(seg, groups[g], run.docs)
        if found is None:
            return None
        run.add_group(*found, seg.n)
    for term in q.exclude:
        _exclude(seg, run, term)
    if run.docs is None:
        return None
    if seg.live is not None:
        run.keep(seg.live[run.docs])
    cur = run.docs
    if run.score is None:
        run.score, run.tier, run.hits = (np.zeros(len(cur), dtype=np.int64) for _ in range(3))
    fcount = None
    if counts is not None:
        fcount = counts[cur].astype(np.int64)
        run.score = run.score + fcount
        if not q.groups:
            run.hits = fcount
    if not len(cur):
        return None
    i64 = np.int64
    # every match has every group literally: the tier is the same for all
    tier = None if all(lit for g in groups for _, lit in g) else run.tier.astype(i64, copy=False)
    return SegmentMatches(si, cur, run.score.astype(i64, copy=False), tier, run.hits.astype(i64, copy=False),
                          fmask, fcount)


def _exclude(seg: Segment, run: _Running, term: Term) -> None:
    if run.docs is None:
        run.docs = seg.live_docs()
    from store.search.script import script_forms  # -增长 excludes 增長 too

    for form in script_forms(term.text):
        out = match(seg, form, run.docs).docs
        if len(out):
            run.keep(~in_sorted(run.docs, out, seg.n))


def evaluate(segments: list[Segment], q: Query, groups: list[Alternatives],
             fields: ArticleFields | None = None) -> list[SegmentMatches]:
    """The matches of every segment that has some; `fields` gives the
    publication and sources of the documents (for pub: and source:)."""
    found = (match_segment(seg, si, q, groups, fields) for si, seg in enumerate(segments))
    return [m for m in found if m is not None]
