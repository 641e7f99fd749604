"""factdesk's data library: ingest text → articles → facts; query; search.

Nothing here knows about the screen; the Textual app and the CLI in ``tui``
present what this package returns, importing only from this module.
Heavy parts (the extractor, the query language) load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from store.db.store import IngestReport, Store, open_store
from store.errors import CorruptStoreError, InputError, StoreError, StoreLockedError
from store.records import FACT_COLUMNS, Fact, Mention, RatioPart

if TYPE_CHECKING:
    from store.facts import extract
    from store.facts.kinds import KINDS
    from store.ingest.textio import sanitize
    from store.search.query import Query, QueryError
    from store.search.query import parse as parse_query

# name -> (module, attribute): loaded on first access (PEP 562)
_LAZY = {
    "extract": ("store.facts", "extract"),
    "KINDS": ("store.facts.kinds", "KINDS"),
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
    "CorruptStoreError",
    "Fact",
    "IngestReport",
    "InputError",
    "Mention",
    "Query",
    "QueryError",
    "RatioPart",
    "Store",
    "StoreError",
    "StoreLockedError",
    "extract",
    "open_store",
    "parse_query",
    "sanitize",
]
