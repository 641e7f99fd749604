"""factdesk's data library: ingest text → articles → facts; query; search.

Nothing here knows about the screen; the Textual app and the CLI in ``tui``
present what this package returns, importing only from this module: the
records, ``open_store`` and the ``Store``/``StoreReader`` protocols it
satisfies, the errors, the query language and the extractor.  Heavy parts
(the extractor, the query language, the TinyDB store) load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from store.errors import (
    CorruptStoreError,
    DamagedCatalogError,
    IngestInterrupted,
    IngestStopped,
    InputError,
    InterruptedAfterSave,
    PROBLEM_KINDS,
    Problem,
    RepairNote,
    StoreError,
    StoreLockedError,
    StoreReadOnlyError,
    WriteFailed,
)
from store.protocol import Store, StoreReader
from store.records import (
    FACT_COLUMNS, Article, CatalogEntry, Counts, Fact, IngestReport, Mention, ProgressFn, RatioPart, SearchHit,
    SearchResults, Section, SourceRecord, SourceRef, fact_field, fact_record, table_field, value_unit,
)

if TYPE_CHECKING:
    from pathlib import Path

    from store.facts import extract
    from store.paths import default_store_path
    from store.facts.kinds import KINDS
    from store.ingest.sources import read_text
    from store.ingest.textio import decode as decode_text
    from store.ingest.textio import sanitize
    from store.search.query import Query, QueryError
    from store.search.query import parse as parse_query
    from store.series.indicators import Indicator, indicator_of, title_entity
    from store.series.records import SERIES_COLUMNS, Conflict, ConflictValue, SeriesRow, UnitTotal
    from store.spreadsheet import spreadsheet_cell
    from store.wording import counted
    from store.collation import pinyin_key, pinyin_order
    from store.pg.connect import ServerError, display_url, is_postgres_url
    from store.pg.connect import masked as masked_url
    from store.db.first_launch import seed_marker
    from store.db.locking import write_lock, writer_patience
    from store.facts import freeze_when_loaded
    from store.search.limits import MAX_QUERY_CHARS
    from store.search.query import MAX_TERMS as MAX_QUERY_TERMS
    from store.ingest.sources import NOT_ACCEPTED
    from store.written import written_value

# name -> (module, attribute): loaded on first access (PEP 562)
_LAZY = {
    "copy_store": ("store.pg.copy", "copy_store"),
    "CopyReport": ("store.pg.copy", "CopyReport"),
    "default_store_path": ("store.paths", "default_store_path"),
    "repair_catalog": ("store.db.rebuild_catalog", "repair_catalog"),
    "extract": ("store.facts", "extract"),
    "KINDS": ("store.facts.kinds", "KINDS"),
    "KIND_ALIASES": ("store.search.query", "KIND_ALIASES"),
    "read_text": ("store.ingest.sources", "read_text"),
    "decode_text": ("store.ingest.textio", "decode"),
    "sanitize": ("store.ingest.textio", "sanitize"),
    "spreadsheet_cell": ("store.spreadsheet", "spreadsheet_cell"),
    "counted": ("store.wording", "counted"),
    "pinyin_key": ("store.collation", "pinyin_key"),
    "ServerError": ("store.pg.connect", "ServerError"),
    "pinyin_order": ("store.collation", "pinyin_order"),
    "Query": ("store.search.query", "Query"),
    "QueryError": ("store.search.query", "QueryError"),
    "parse_query": ("store.search.query", "parse"),
    "SERIES_COLUMNS": ("store.series.records", "SERIES_COLUMNS"),
    "SeriesRow": ("store.series.records", "SeriesRow"),
    "Conflict": ("store.series.records", "Conflict"),
    "ConflictValue": ("store.series.records", "ConflictValue"),
    "UnitTotal": ("store.series.records", "UnitTotal"),
    "indicator_of": ("store.series.indicators", "indicator_of"),
    "Indicator": ("store.series.indicators", "Indicator"),
    "title_entity": ("store.series.indicators", "title_entity"),
    "is_postgres_url": ("store.pg.connect", "is_postgres_url"),
    "display_url": ("store.pg.connect", "display_url"),
    "masked_url": ("store.pg.connect", "masked"),
    "seed_marker": ("store.db.first_launch", "seed_marker"),
    "write_lock": ("store.db.locking", "write_lock"),
    "writer_patience": ("store.db.locking", "writer_patience"),
    "freeze_when_loaded": ("store.facts", "freeze_when_loaded"),
    "MAX_QUERY_CHARS": ("store.search.limits", "MAX_QUERY_CHARS"),
    "MAX_QUERY_TERMS": ("store.search.query", "MAX_TERMS"),
    "NOT_ACCEPTED": ("store.ingest.sources", "NOT_ACCEPTED"),
    "period_grains": ("store.series.periods", "period_grains"),
    "PERIOD_GRAINS": ("store.series.periods", "GRAINS"),
    "PERIOD_GRAIN_NAMES": ("store.series.periods", "GRAIN_NAMES"),
    "atomic_write": ("store.fileio", "atomic_write"),
    "written_value": ("store.written", "written_value"),
}


def open_store(path: str | Path | None = None, *, seed: bool = True, create: bool = True,
               defer_catalog: bool = False, index_later: bool = False) -> Store:
    """Open the store ``path`` names (default: $FACTDESK_DB, else the user
    data directory): a TinyDB file, or with a ``postgresql://`` URL the
    PostgreSQL store (a URL is never taken as a file name).  A missing store
    file is created unless ``create`` is False: then it is a StoreError and
    nothing is written (a mistyped path must not become a new store).
    ``defer_catalog``: a file store reads its catalog when first used (a
    search on a current index needs none of it).  ``index_later``: the
    search index of a store seeded now is built by ``prepare_search`` (the
    app's, after its first screen) instead of before returning."""
    import os

    from store.pg.connect import is_postgres_url, looks_like_mangled_url, masked

    target = path if path is not None else os.environ.get("FACTDESK_DB") or None
    if is_postgres_url(target):
        from store.pg import open_pg_store

        return open_pg_store(str(target).strip(), seed=seed, create=create)
    if target is not None and looks_like_mangled_url(target):
        raise StoreError(f"{masked(str(target))}: a PostgreSQL URL that lost a '/': pass it as text, postgresql://…")
    from store.db.store import open_store as open_file_store

    if not create:
        _require_store_file(path)
    return open_file_store(path, seed=seed, defer_catalog=defer_catalog, index_later=index_later)


def _require_store_file(path: str | Path | None) -> None:
    from pathlib import Path

    from store.paths import default_store_path

    store_path = Path(path).expanduser() if path is not None else default_store_path()
    if not store_path.exists():  # (a directory exists: it gets its own message on opening)
        from store.db.rebuild_catalog import refuse_orphaned_shards
        from store.ingest.textio import sanitize

        refuse_orphaned_shards(store_path)
        shown = sanitize(str(store_path).encode("utf-8", "surrogateescape").decode("utf-8", "replace"))
        blocker = next((p for p in store_path.parents if p.exists() and not p.is_dir()), None)
        if blocker is not None:  # seed or ingest could not create it either: say what is in the way
            raise StoreError(f"{shown}: no store can be there: {sanitize(str(blocker))} is a file, not a folder")
        raise StoreError(f"no store at {shown} — `factdesk seed` or `factdesk ingest` creates one")


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        value = getattr(importlib.import_module(module), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'store' has no attribute {name!r}")


__all__ = [
    "PERIOD_GRAINS",
    "PERIOD_GRAIN_NAMES",
    "atomic_write",
    "period_grains",
    "IngestInterrupted",
    "IngestStopped",
    "MAX_QUERY_CHARS",
    "MAX_QUERY_TERMS",
    "NOT_ACCEPTED",
    "WriteFailed",
    "display_url",
    "freeze_when_loaded",
    "is_postgres_url",
    "masked_url",
    "seed_marker",
    "write_lock",
    "writer_patience",
    "ServerError",
    "pinyin_key",
    "pinyin_order",
    "FACT_COLUMNS",
    "fact_field",
    "table_field",
    "written_value",
    "fact_record",
    "value_unit",
    "KINDS",
    "KIND_ALIASES",
    "SERIES_COLUMNS",
    "Article",
    "CatalogEntry",
    "Conflict",
    "ConflictValue",
    "CorruptStoreError",
    "DamagedCatalogError",
    "Counts",
    "Fact",
    "Indicator",
    "IngestReport",
    "InputError",
    "InterruptedAfterSave",
    "RepairNote",
    "PROBLEM_KINDS",
    "Problem",
    "Mention",
    "ProgressFn",
    "Query",
    "QueryError",
    "RatioPart",
    "SearchHit",
    "SearchResults",
    "Section",
    "SeriesRow",
    "SourceRecord",
    "SourceRef",
    "Store",
    "StoreError",
    "StoreLockedError",
    "StoreReadOnlyError",
    "StoreReader",
    "UnitTotal",
    "copy_store",
    "CopyReport",
    "counted",
    "decode_text",
    "default_store_path",
    "repair_catalog",
    "extract",
    "indicator_of",
    "open_store",
    "parse_query",
    "read_text",
    "sanitize",
    "spreadsheet_cell",
    "title_entity",
]
