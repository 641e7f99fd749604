"""Which index documents pass a query's article fields (date:, pub:, source:).

The index keeps each document's publication date (the `date` column) but
not its publication or sources: those come from the store's catalog, read
once per segment into a code per document (the distinct names are few, so
a query tests each name once and picks the documents with one gather).
A store makes one ArticleFields per catalog it reads: a new catalog (a
commit, a reload) gets new codes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import repeat
from typing import TYPE_CHECKING

import numpy as np

from store.search.article_filters import ArticleFilter
from store.search.normalize import normalize
from store.search.query import QueryError

if TYPE_CHECKING:
    from store.search.segment import Segment

CatalogRows = Iterable[tuple[Sequence[str], Sequence["str | None"], Sequence[str]]]
"""(ids, their publications, their source names) of every article of a
store, in groups of articles with the same sources (a source file's)."""


@dataclass(frozen=True)
class SegmentFields:
    """Per document of one segment: its publication and its sources, as
    codes into lists of distinct normalised names."""

    publication: np.ndarray           # int32 per doc
    publications: list[str]           # normalised; "" for none (and for a doc the catalog lacks)
    sources: np.ndarray               # int32 per doc
    source_lists: list[tuple[str, ...]]  # normalised names of each distinct set of sources

    def mask(self, flt: ArticleFilter) -> np.ndarray:
        """Docs whose publication and sources pass `flt` (its date aside)."""
        ok = np.ones(len(self.publication), dtype=bool)
        if flt.publication is not None:
            good = np.fromiter((flt.accepts_publication(p, normalised=True) for p in self.publications),
                               dtype=bool, count=len(self.publications))
            ok &= good[self.publication]
        if flt.source is not None:
            good = np.fromiter((flt.accepts_sources(names, normalised=True) for names in self.source_lists),
                               dtype=bool, count=len(self.source_lists))
            ok &= good[self.sources]
        return ok


class ArticleFields:
    """The publication and sources of the documents of an index's segments,
    from a store's catalog (read on the first pub: or source: query)."""

    def __init__(self, catalog: Callable[[], CatalogRows]) -> None:
        self._catalog = catalog
        self._codes: tuple[dict[str, int], dict[str, int]] | None = None  # id -> publication, sources
        self._publications: list[str] = []
        self._source_lists: list[tuple[str, ...]] = []
        self._segments: dict[tuple[str, int], SegmentFields] = {}

    def _read_catalog(self) -> tuple[dict[str, int], dict[str, int]]:
        pubs: dict[str | None, int] = {}
        sources: dict[tuple[str, ...], int] = {}
        pub_of: dict[str, int] = {}
        source_of: dict[str, int] = {}
        for ids, publications, names in self._catalog():
            pub_of.update(zip(ids, [pubs.setdefault(p, len(pubs)) for p in publications]))
            source_of.update(dict.fromkeys(ids, sources.setdefault(tuple(names), len(sources))))
        # the last code of each list stands for a doc the catalog does not hold
        self._publications = [normalize(p or "") for p in pubs] + [""]
        self._source_lists = [tuple(normalize(n) for n in names) for names in sources] + [()]
        return pub_of, source_of

    def of_segment(self, seg: Segment) -> SegmentFields:
        key = (seg.name, seg.n)
        found = self._segments.get(key)
        if found is None:
            if self._codes is None:
                self._codes = self._read_catalog()
            pub_of, source_of = self._codes
            ids = seg.id_array().tolist()
            columns = [np.fromiter(map(codes.get, ids, repeat(missing, len(ids))), dtype=np.int32, count=len(ids))
                       for codes, missing in ((pub_of, len(self._publications) - 1),
                                              (source_of, len(self._source_lists) - 1))]
            found = SegmentFields(columns[0], self._publications, columns[1], self._source_lists)
            self._segments[key] = found
        return found


def article_mask(seg: Segment, filters: list[ArticleFilter], fields: ArticleFields | None) -> np.ndarray:
    """Docs of `seg` passing every article filter (bool per doc)."""
    ok = np.ones(seg.n, dtype=bool)
    for flt in filters:
        if flt.dates:
            lo, hi = flt.date_bounds()  # lo >= 1: a doc without a date (0) never passes
            date = np.asarray(seg.date)
            ok &= (date >= lo) & (date <= hi)
        if flt.publication is not None or flt.source is not None:
            if fields is None:
                raise QueryError("pub: and source: need the store's catalog: search through the store")
            ok &= fields.of_segment(seg).mask(flt)
    return ok
