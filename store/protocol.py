"""What the app and the CLI may ask of a store, whatever keeps it.

``StoreReader`` is the reading side (the app's panes, ``factdesk articles``,
``show``, ``facts``, ``search``); ``Store`` adds the writes (ingest, re-seed,
check with repair).  The TinyDB store (:mod:`store.db`) implements both; a
second backend implements the same methods with the same record types and
errors, and the contract tests in ``tests/test_store_contract.py`` say what
each must do.

Errors: every failure a user can cause is a :class:`store.errors.StoreError`
(one line, printed as it is); a malformed query raises
:class:`store.search.query.QueryError`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from store.records import (
    Article,
    CatalogEntry,
    Counts,
    Fact,
    IngestReport,
    ProgressFn,
    SearchResults,
    SourceHeader,
    SourceRecord,
    SourceWrite,
)

if TYPE_CHECKING:
    from store.search.query import Query
    from store.series.records import Conflict, SeriesRow, UnitTotal


@runtime_checkable
class StoreReader(Protocol):
    """The reading side of a store."""

    @property
    def path(self) -> Path | str:
        """Where the store lives, as the status line and messages show it:
        the main file's path, or for a database server its URL without
        the password (``postgresql://user@host:port/dbname``)."""
        ...

    @property
    def token(self) -> str:
        """Identifies the committed state: changes with every commit."""
        ...

    def catalog(self) -> list[CatalogEntry]:
        """Every article's summary, in page order (source, then position)."""
        ...

    def article(self, article_id: str) -> Article | None:
        """One article with its text; None for an unknown id."""
        ...

    def facts(self, article_id: str | None = None, kind: str | None = None) -> list[Fact]:
        """The facts of one article (title first, then body, by position) or
        of every article in page order, optionally of one kind; [] for an
        unknown id."""
        ...

    def articles(self) -> Iterator[Article]:
        """Every article with its text, in page order."""
        ...

    def each_fact(self, kind: str | None = None) -> Iterator[Fact]:
        """Every article's facts in page order, as ``facts()`` lists them,
        streamed: memory stays that of a part of the store, not all of it
        (``factdesk facts`` on a large archive)."""
        ...

    def sources(self) -> list[SourceRecord]:
        """The ingested input files, by name."""
        ...

    def counts(self) -> Counts:
        """Numbers of sources, articles and facts (as the catalog sums them)."""
        ...

    def search(self, query: str | Query, *, limit: int = 50, kind: str | None = None, facts: bool = True,
               detail: int | None = 200) -> SearchResults:
        """Ranked articles matching the query (text, or parsed once with
        ``store.parse_query`` and reused).  ``limit`` 0 means all; only the
        first ``detail`` results carry snippets; with ``facts`` each hit
        carries the records of its ``fact_ids``.  Raises QueryError for a
        malformed query."""
        ...

    def hit_spans(self, text: str, query: str | Query) -> list[tuple[int, int]]:
        """(start, end) of each hit of the query's terms in ``text``, in
        order and non-overlapping, for highlighting; [] for a malformed query."""
        ...

    def series(self, query: str | Query) -> list[SeriesRow]:
        """Every figure of the indicators the query names (its words match
        an indicator with its entity, its fact filters each figure), sorted
        by indicator, entity, period and publication date; [] for no match.
        Raises QueryError for a malformed query."""
        ...

    def conflicts(self, query: str | Query | None = None) -> list[Conflict]:
        """Groups of one indicator, entity and period whose sources give
        values that disagree beyond the precision they are written to."""
        ...

    def totals(self, query: str | Query) -> list[UnitTotal]:
        """Count, sum, min and max per kind and unit of the facts a search
        matches."""
        ...

    def prepare_search(self) -> None:
        """Make the first search fast (open or build an index); optional work
        a UI runs in the background."""
        ...

    def changed_on_disk(self) -> bool:
        """Whether another process has committed since this one last read."""
        ...

    def reload(self) -> None:
        """Read the committed state again."""
        ...


@runtime_checkable
class Store(StoreReader, Protocol):
    """A store that can also be written."""

    def ingest(self, paths: Iterable[str | Path], progress: ProgressFn | None = None) -> IngestReport:
        """Ingest files and folders (``-`` is stdin), each file its own
        atomic change; what cannot be used is reported, never raised."""
        ...

    def reseed(self, progress: ProgressFn | None = None) -> IngestReport:
        """Ingest the shipped seed sources again (unchanged ones stay)."""
        ...

    def check(self, fix: bool = False) -> list[str]:
        """Problems found, one line each ([]: healthy); with ``fix``, repair
        what can be repaired (such as a stale index)."""
        ...


# ---------------------------------------------------------------- backends
# The seam between the ingest pipeline (store.ingest.pipeline) and a store
# implementation: the pipeline parses and extracts, the backend stores.


class SourceWriter(Protocol):
    """A backend's write transaction, as the ingest pipeline uses it."""

    def stored_sha256(self, file: str, key: str | None = None) -> str | None:
        """The SHA-256 of the stored version of a source file, if any
        (``key``: its identity when the name is not enough, SourceHeader.key)."""
        ...

    def put_source(self, source: SourceHeader, articles: Iterable[tuple[Article, list[Fact]]]) -> SourceWrite:
        """Add or replace a source's articles with their facts; an id
        repeated within the source keeps its first record."""
        ...


class WritableStore(Protocol):
    """A backend the ingest pipeline can write to: one transaction per
    source, committed when the block ends without error."""

    def writing(self) -> AbstractContextManager[SourceWriter]: ...
    def prepare_search(self) -> None: ...
    def index_after_writes(self) -> None:
        """After its commits: what searches read built or brought up to date
        (readers never build it)."""
        ...
