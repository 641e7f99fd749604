"""The main store file: its shape, its schema version and migrations.

The main file is a TinyDB document set with three tables: ``_meta`` (one
record: schema, store id, generation, the shard files of the generation),
``sources`` (one record per ingested file) and ``catalog`` (one record per
source with a column per field: ids, titles, dates … of its articles, in
order).  Since schema 4 the main file holds ``_meta`` and a ``log`` naming
the catalog segments the two other tables are read from
(store.db.catalog_log); tables inside the main file (earlier stores) are
read as they are.  Reading validates the shape and migrates older schemas in memory
(persisted on the next write); anything else raises CorruptStoreError
naming the file, and the file is left as it is.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any, NotRequired, TypedDict, cast

from store.db.catalog_segment import ColumnDoc
from store.db.storage import loads
from store.errors import CorruptStoreError, DamagedCatalogError, StoreError
from store.records import SourceRecord

SCHEMA_VERSION = 5
CATALOG_COLUMNS = ("ids", "titles", "dates", "publications", "n_facts", "n_chars", "docs", "shards")


class StoreMeta(TypedDict):
    app: str
    schema: int
    store_id: str
    generation: int
    shards: dict[str, str]     # "NNN" → file name of this generation's shard
    shard_sums: NotRequired[dict[str, list]]  # "NNN" → [size, checksum] of that file (absent: written before checksums)
    next_doc: int
    created: str
    # [articles the catalog lists (catalog_rows), the generation that
    # counted them]: a catalog log edited or replaced (to [], another store's
    # segments, some of its entries) lists another number, which every
    # reader refuses as damage.  Absent: written before the count; of
    # another generation: a factdesk from before it committed since,
    # carrying the record over unchanged (the count is then not held).
    n_articles: NotRequired[list[int]]


class CatalogDoc(TypedDict):
    """The articles of one source, a column per field, in source order."""

    file: str
    key: str                   # the source's identity (store.db.source_keys)
    ids: list[str]
    titles: list[str]
    dates: list[str | None]
    publications: list[str | None]
    n_facts: list[int]
    n_chars: list[int]
    docs: list[int]            # document key of the article in its shard
    shards: list[int]
    # Content key of each article (store.ingest.content_key); absent in
    # documents written before them, filled by the next writer that needs them.
    keys: NotRequired[list[str]]
    # Articles of this source stored under another source's document (the
    # same article from several files: store.db.shared_sources).
    also: NotRequired[list[str]]


class MainData(TypedDict):
    """The main file as read: TinyDB tables keyed by document id."""

    _meta: dict[str, StoreMeta]
    sources: dict[str, SourceRecord]
    catalog: dict[str, CatalogDoc]
    log: NotRequired[list[list]]   # the catalog segments the tables were read from (absent: tables inline)


def empty_main() -> MainData:
    meta: StoreMeta = {
        "app": "factdesk",
        "schema": SCHEMA_VERSION,
        "store_id": uuid.uuid4().hex,
        "generation": 0,
        "shards": {},
        "next_doc": 1,
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    return {"_meta": {"1": meta}, "sources": {}, "catalog": {}}


def meta_of(data: MainData) -> StoreMeta:
    return data["_meta"]["1"]


def _migrate_1_to_2(data: Any) -> Any:
    """Schema 1 kept one catalog document per article; 2 keeps one per
    source with a column per field, which parses much faster on large
    stores (lists of strings instead of many small objects)."""
    by_source: dict[str, list[tuple[int, Any]]] = {}
    for key, doc in data.get("catalog", {}).items():
        by_source.setdefault(doc.get("source") or "", []).append((int(key), doc))
    catalog: dict[str, CatalogDoc] = {}
    for n, (file, rows) in enumerate(sorted(by_source.items()), 1):
        rows.sort(key=lambda item: item[1].get("order", 0))
        catalog[str(n)] = {
            "file": file,
            "ids": [d["id"] for _, d in rows],
            "titles": [d.get("title") or "" for _, d in rows],
            "dates": [d.get("date") for _, d in rows],
            "publications": [d.get("publication") for _, d in rows],
            "n_facts": [d.get("n_facts", 0) for _, d in rows],
            "n_chars": [d.get("n_chars", 0) for _, d in rows],
            "docs": [k for k, _ in rows],
            "shards": [d["shard"] for _, d in rows],
        }
    for source in data.get("sources", {}).values():
        source.pop("article_ids", None)
    data["catalog"] = catalog
    data["_meta"]["1"]["schema"] = 2
    return data


def _migrate_2_to_3(data: Any) -> Any:
    """Schema 3 knows a source by a key (its full path) instead of its file
    name alone: sources of older stores keep their name as key (see
    store.db.source_keys)."""
    for table in ("sources", "catalog"):
        for record in data[table].values():
            record["key"] = record["file"]
    data["_meta"]["1"]["schema"] = 3
    return data


def _migrate_3_to_4(data: Any) -> Any:
    """Schema 4 keeps the tables in catalog segments: the next commit writes
    them there (store.db.catalog_log); read, they are the same tables."""
    data["_meta"]["1"]["schema"] = 4
    return data


def _migrate_4_to_5(data: Any) -> Any:
    """Schema 5 writes catalog segments a column per frame
    (store.db.catalog_segment), which an older factdesk cannot read; the
    segments of schema 4 are read as they are until the next compaction."""
    data["_meta"]["1"]["schema"] = 5
    return data


# Forward migrations: schema N → N+1 on the raw JSON, applied on open (and
# persisted on the next write).
MIGRATIONS: dict[int, Callable[[Any], Any]] = {1: _migrate_1_to_2, 2: _migrate_2_to_3, 3: _migrate_3_to_4,
                                               4: _migrate_4_to_5}


def _has_folder(path: Path) -> bool:
    from store.paths import sidecar_dir

    return sidecar_dir(path).exists()


def _not_a_store(path: Path, why: str) -> CorruptStoreError:
    """A main file that is no store.  With no store folder beside it, it never
    was one (a text or an archive given as --db by mistake: said so, with how
    to add its articles — it was called a damaged store); else a damaged one."""
    if _has_folder(path):
        return DamagedCatalogError(f"{path}: not a factdesk store ({why})")
    return CorruptStoreError(f"{path}: not a factdesk store ({why}, and no {path.name}.d folder beside it); "
                             "it was left as it is — to add a file's articles: factdesk ingest FILE")


def validate_main(data: Any, path: Path, tables: bool = True) -> MainData:
    """Check the shape of a main store file, migrating an older schema;
    raise CorruptStoreError naming the file and the problem.  ``tables``
    False: the sources and catalog are read later (store.db.deferred_catalog),
    so that their agreement with ``_meta`` is checked then."""
    if not isinstance(data, dict):
        raise _not_a_store(path, "top level is not a JSON object")
    meta_table = data.get("_meta")
    if not isinstance(meta_table, dict) or not isinstance(meta_table.get("1"), dict):
        raise _not_a_store(path, "no _meta table")
    meta = meta_table["1"]
    schema = meta.get("schema")
    if not isinstance(schema, int):
        raise DamagedCatalogError(f"{path}: not a factdesk store (no schema version)")
    if schema > SCHEMA_VERSION:
        raise CorruptStoreError(
            f"{path}: written by a newer factdesk (store schema {schema}, this version reads up to {SCHEMA_VERSION})"
        )
    for table in ("sources", "catalog"):
        if not isinstance(data.get(table), dict):
            raise DamagedCatalogError(f"{path}: damaged store (table {table!r} missing or not an object)")
    while meta["schema"] < SCHEMA_VERSION:
        try:
            data = MIGRATIONS[meta["schema"]](data)
        except (KeyError, TypeError, ValueError, AttributeError):
            raise DamagedCatalogError(f"{path}: damaged store (cannot migrate from schema {meta['schema']})") from None
        meta = data["_meta"]["1"]
    if not _sound_meta(meta, data.get("log")):
        raise DamagedCatalogError(f"{path}: damaged store (bad _meta record)")
    for doc in data["catalog"].values():
        if isinstance(doc, ColumnDoc):  # its segment's header was checked as it was read
            continue
        if not isinstance(doc, dict) or not all(isinstance(doc.get(c), list) for c in CATALOG_COLUMNS):
            raise DamagedCatalogError(f"{path}: damaged store (bad catalog record)")
        if not isinstance(doc.get("keys", []), list) or not isinstance(doc.get("also", []), list):
            raise DamagedCatalogError(f"{path}: damaged store (bad catalog record)")
        if len({len(doc[c]) for c in CATALOG_COLUMNS} | ({len(doc["keys"])} if "keys" in doc else set())) != 1:
            raise DamagedCatalogError(f"{path}: damaged store (catalog columns of {doc.get('file')!r} differ in length)")
    if tables:
        _check_catalog_agrees(data, path)
    return cast(MainData, data)


def catalog_rows(catalog: Any) -> int:
    """How many articles the catalog documents list (a columnar one's count
    is in its header: no column is decoded)."""
    return sum(doc.rows if isinstance(doc, ColumnDoc) else len(doc["ids"]) for doc in catalog.values())


def _check_catalog_agrees(data: Any, path: Path) -> None:
    """Raise DamagedCatalogError when the catalog read (the tables inline or
    replayed from the log) cannot be the one ``_meta`` was written with: a
    log edited to ``[]``, or to some of its entries, or another store's
    segments, was valid JSON naming sound files and passed every check,
    the store read as holding fewer articles (or none) than its shards do."""
    meta, rows = data["_meta"]["1"], catalog_rows(data["catalog"])
    counted = meta.get("n_articles")
    expected = counted[0] if counted is not None and counted[1] == meta["generation"] else None
    if expected is not None and expected != rows:
        raise DamagedCatalogError(f"{path}: damaged store (the catalog lists {rows:,} articles, the store's _meta "
                                  f"record says {expected:,}: its catalog log was changed or replaced)")
    if expected is None and meta["shards"] and not rows:  # written before the count: shards hold articles
        raise DamagedCatalogError(f"{path}: damaged store (the catalog lists no article while the store names "
                                  f"shard files: its catalog log was changed or replaced)")


def _count(value: Any, least: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= least


def _file_name(name: Any) -> bool:
    """A plain file name inside the store's folder (never a path out of it)."""
    return (isinstance(name, str) and name not in ("", ".", "..")
            and not any(c in name for c in "/\\\x00"))


def _written_by(name: str) -> int:
    """The generation a shard file (``NNN.gG.json…``) or catalog segment
    (``cG.json…``) was written by; 0 for a name that carries none."""
    from store.db.catalog_log import segment_generation

    if (segment := segment_generation(name)) is not None:
        return segment
    try:
        return int(name.split(".g", 1)[1].split(".", 1)[0])
    except (IndexError, ValueError):
        return 0


def _sound_meta(meta: dict[str, Any], log: Any) -> bool:
    """Whether the ``_meta`` record is of the types and ranges a writer
    writes.  Valid JSON is not enough: a bit flipped in a digit keeps it
    valid.  A generation below a file the record names (its shards, the
    catalog segments of its log) would make the store's own files look like
    a killed writer's leftovers, which check --fix and the next writer
    delete; a shard name with a path would be read from outside the store."""
    generation, shards, sums = meta.get("generation"), meta.get("shards"), meta.get("shard_sums", {})
    if not _count(generation, 0) or not _count(meta.get("next_doc"), 1):
        return False
    if not isinstance(shards, dict) or not isinstance(sums, dict):
        return False
    if not all(isinstance(key, str) and key.isascii() and key.isdigit() and _file_name(name)
               for key, name in shards.items()):
        return False
    if not all(isinstance(s, list) and len(s) == 2 and _count(s[0], 0) and isinstance(s[1], str)
               for s in sums.values()):
        return False
    counted = meta.get("n_articles", [0, 0])
    if not (isinstance(counted, list) and len(counted) == 2 and _count(counted[0], 0) and _count(counted[1], 0)):
        return False
    segments = [entry[0] for entry in log] if isinstance(log, list) else []  # (its entries checked as it was read)
    return all(_written_by(name) <= generation for name in [*shards.values(), *segments])


def read_main(path: Path) -> MainData:
    """Read and validate the main file and the catalog segments it names;
    FileNotFoundError when there is none."""
    for _ in range(5):
        data = _read_main_file(path)
        if not (isinstance(data, dict) and "log" in data):
            return validate_main(data, path)
        try:
            return validate_main({**data, **_replay(data["log"], path)}, path)
        except FileNotFoundError:
            continue  # a writer compacted the log twice since: read the new main file
    raise DamagedCatalogError(f"{path}: a catalog segment the store names is missing; it was left as it is")


def _replay(log: Any, path: Path) -> dict[str, Any]:
    from store.db.catalog_log import CATALOG_DIR, replay
    from store.paths import sidecar_dir

    if not isinstance(log, list) or not all(
        isinstance(e, list) and len(e) == 3 and _file_name(e[0]) and isinstance(e[1], int) for e in log
    ):
        raise DamagedCatalogError(f"{path}: damaged store (bad catalog log)")
    return replay(log, sidecar_dir(path) / CATALOG_DIR)


# A main file is looked at before it is read whole: --db given a disk image, a
# sparse file or a large export (1 GB of NUL bytes took 86 s and 2.1 GB of
# memory before it was said to be no store, and a kill then waited for it).
# What factdesk writes starts with "{"; a file larger than BIG_MAIN (a main
# file holds the _meta record and the catalog log: kilobytes) whose head does
# not name "_meta" is no store either.
_HEAD = 65_536
BIG_MAIN = 64 * 1024 * 1024


def _sniffed(path: Path) -> str | None:
    """Why the main file is no JSON store, from its head and size; None when
    it may be one (read whole) or cannot be opened (read_bytes says why)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(_HEAD)
            size = os.fstat(handle.fileno()).st_size
    except OSError:
        return None
    body = head.removeprefix(b"\xef\xbb\xbf").lstrip(b" \t\r\n")
    if body and body[:1] not in b'{["0123456789-tfn':  # what no JSON text starts with (said as before, at once)
        return "not valid JSON"
    if not body and size > len(head):
        return "not valid JSON"
    if size > BIG_MAIN and b'"_meta"' not in head:
        return f"no _meta table in a file of {size / 1024 ** 2:,.0f} MB"
    return None


def _read_main_file(path: Path) -> Any:
    why = _sniffed(path)
    if why is not None:
        if not _has_folder(path):
            raise _not_a_store(path, why)
        raise DamagedCatalogError(f"{path}: store file is {why} (corrupt or overwritten); it was left as it is")
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise
    except IsADirectoryError:
        raise CorruptStoreError(f"{path}: is a directory, not a store file") from None
    except NotADirectoryError:  # a file where a folder of the path should be ($XDG_DATA_HOME a file)
        blocker = next((p for p in path.parents if p.exists() and not p.is_dir()), path.parent)
        raise StoreError(f"{path}: no store can be there: {blocker} is a file, not a folder") from None
    except OSError as err:
        raise StoreError(f"{path}: cannot read the store ({(err.strerror or str(err)).lower()})") from None
    if not raw.strip():
        if not raw and not _has_folder(path):
            # Never written by factdesk (it writes the folder first and renames
            # the main file into place whole): a file touched where a store
            # should go.  Still left as it is, with the way forward.
            raise CorruptStoreError(f"{path}: store file is empty and no {path.name}.d folder is beside it: no store "
                                    "was ever written there; it was left as it is — remove it to create the store "
                                    "there, or pass another --db")
        raise DamagedCatalogError(f"{path}: store file is empty (truncated?); it was left as it is")
    try:
        return loads(raw)
    except ValueError:  # orjson.JSONDecodeError, also for invalid UTF-8
        if not _has_folder(path):
            raise _not_a_store(path, "not valid JSON") from None
        raise DamagedCatalogError(f"{path}: store file is not valid JSON (corrupt or truncated); it was left as it is") from None
