"""factdesk's data library: ingest text → articles → facts; query; search.

Nothing here knows about the screen; the Textual app and the CLI in ``tui``
present what this package returns, importing only from this module: the
records, ``open_store`` and the ``Store``/``StoreReader`` protocols it
satisfies, the errors, the query language and the extractor.  Heavy parts
(the extractor, the query language, the TinyDB store) load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from store.errors import CorruptStoreError, InputError, InterruptedAfterSave, StoreError, StoreLockedError
from store.protocol import Store, StoreReader
from store.records import (
    FACT_COLUMNS, Article, CatalogEntry, Counts, Fact, IngestReport, Mention, ProgressFn, RatioPart, SearchHit,
    SearchResults, Section, SourceRecord, SourceRef,
)

if TYPE_CHECKING:
    from store.db.store import open_store
    from store.facts import extract
    from store.facts.kinds import KINDS
    from store.ingest.sources import read_text
    from store.ingest.textio import sanitize
    from store.search.query import Query, QueryError
    from store.search.query import parse as parse_query

# name -> (module, attribute): loaded on first access (PEP 562)
_LAZY = {
    "open_store": ("store.db.store", "open_store"),
    "extract": ("store.facts", "extract"),
    "KINDS": ("store.facts.kinds", "KINDS"),
    "read_text": ("store.ingest.sources", "read_text"),
    "sanitize": ("store.ingest.textio", "sanitize"),
    "Query": ("store.search.query", "Query"),
    "QueryError": ("store.search.query", "QueryError"),
    "parse_query": ("store.search.query", "parse"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        value = getattr(importlib.import_module(module), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'store' has no attribute {name!r}")


__all__ = [
    "FACT_COLUMNS",
    "KINDS",
    "Article",
    "CatalogEntry",
    "CorruptStoreError",
    "Counts",
    "Fact",
    "IngestReport",
    "InputError",
    "InterruptedAfterSave",
    "Mention",
    "ProgressFn",
    "Query",
    "QueryError",
    "RatioPart",
    "SearchHit",
    "SearchResults",
    "Section",
    "SourceRecord",
    "SourceRef",
    "Store",
    "StoreError",
    "StoreLockedError",
    "StoreReader",
    "extract",
    "open_store",
    "parse_query",
    "read_text",
    "sanitize",
]
