"""The factdesk store: TinyDB documents split the way the app reads them.

Layout on disk, for a store at ``factdesk.json``::

    factdesk.json            TinyDB file: _meta, sources, catalog (titles,
                             dates, counts: all the article list needs)
    factdesk.json.lock       the single-writer lock
    factdesk.json.d/shards/  TinyDB files NNN.gG.json holding the articles
                             and facts tables of 1/256 of the articles
    factdesk.json.d/index/   the search index

Shard files are never rewritten in place: a commit writes the shards it
changed under the next generation's names, then atomically replaces the
main file, which names the shard files of its generation.  The rename of
the main file is the commit point, so a crash at any moment leaves either
the old or the new state.  Files of older generations are removed after
the next commit (one generation is kept for readers still on it).
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
import uuid
from collections import OrderedDict
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from tinydb import TinyDB
from tinydb.table import Document

from store.errors import CorruptStoreError, InputError, InterruptedAfterSave, StoreError, StoreLockedError
from store.paths import SEED_SOURCES, default_store_path, sidecar_dir
from store.db.storage import SnapshotStorage, atomic_write, dumps, loads, remove_stale_temp_files

SCHEMA_VERSION = 2
CATALOG_COLUMNS = ("ids", "titles", "dates", "publications", "n_facts", "n_chars", "docs", "shards")
N_SHARDS = 256
LOCK_TIMEOUT = 300.0
SHARD_CACHE = 24
# Pending article text held in memory before it is written out to the next
# generation's shard files: bounds memory on very large ingests.  Measured on
# 100k articles: 40 M chars peaked at 1.3 GB, 8 M at 0.6 GB for 18% more time
# (extra shard rewrites).  The environment override lets crash tests make
# flushes happen on small inputs.
FLUSH_CHARS = int(os.environ.get("FACTDESK_FLUSH_CHARS") or 10_000_000)

ProgressFn = Callable[[str, int, int | None], None]


def shard_of(article_id: str) -> int:
    return int(hashlib.blake2b(article_id.encode(), digest_size=2).hexdigest(), 16) % N_SHARDS


@dataclass
class IngestReport:
    added: int = 0  # articles added or replaced
    removed: int = 0
    unchanged_sources: list[str] = field(default_factory=list)
    ingested_sources: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    facts: int = 0

    @property
    def failed(self) -> bool:
        return bool(self.skipped) and not (self.ingested_sources or self.unchanged_sources)


def _empty_main() -> dict[str, Any]:
    meta = {
        "app": "factdesk",
        "schema": SCHEMA_VERSION,
        "store_id": uuid.uuid4().hex,
        "generation": 0,
        "shards": {},
        "next_doc": 1,
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    return {"_meta": {"1": meta}, "sources": {}, "catalog": {}}


def _migrate_1_to_2(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 1 kept one catalog document per article; 2 keeps one per
    source with a column per field, which parses ~3x faster at 100k
    articles (lists of strings instead of 100k small objects)."""
    by_source: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    for key, doc in data.get("catalog", {}).items():
        by_source.setdefault(doc.get("source") or "", []).append((int(key), doc))
    catalog: dict[str, Any] = {}
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


# Forward migrations: schema N → N+1, applied on open (and persisted on the
# next write).
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _migrate_1_to_2}


def validate_main(data: Any, path: Path) -> dict[str, Any]:
    """Check the shape of a main store file; raise CorruptStoreError naming
    the file and the problem."""
    if not isinstance(data, dict):
        raise CorruptStoreError(f"{path}: not a factdesk store (top level is not a JSON object)")
    meta_table = data.get("_meta")
    if not isinstance(meta_table, dict) or not isinstance(meta_table.get("1"), dict):
        raise CorruptStoreError(f"{path}: not a factdesk store (no _meta table)")
    meta = meta_table["1"]
    schema = meta.get("schema")
    if not isinstance(schema, int):
        raise CorruptStoreError(f"{path}: not a factdesk store (no schema version)")
    if schema > SCHEMA_VERSION:
        raise CorruptStoreError(
            f"{path}: written by a newer factdesk (store schema {schema}, this version reads up to {SCHEMA_VERSION})"
        )
    for table in ("sources", "catalog"):
        if not isinstance(data.get(table), dict):
            raise CorruptStoreError(f"{path}: damaged store (table {table!r} missing or not an object)")
    while meta["schema"] < SCHEMA_VERSION:
        try:
            data = MIGRATIONS[meta["schema"]](data)
        except (KeyError, TypeError, ValueError, AttributeError):
            raise CorruptStoreError(f"{path}: damaged store (cannot migrate from schema {meta['schema']})") from None
        meta = data["_meta"]["1"]
    if not isinstance(meta.get("shards"), dict) or not isinstance(meta.get("generation"), int):
        raise CorruptStoreError(f"{path}: damaged store (bad _meta record)")
    for doc in data["catalog"].values():
        if not isinstance(doc, dict) or not all(isinstance(doc.get(c), list) for c in CATALOG_COLUMNS):
            raise CorruptStoreError(f"{path}: damaged store (bad catalog record)")
        if len({len(doc[c]) for c in CATALOG_COLUMNS}) != 1:
            raise CorruptStoreError(f"{path}: damaged store (catalog columns of {doc.get('file')!r} differ in length)")
    return data


def read_main(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise
    except IsADirectoryError:
        raise CorruptStoreError(f"{path}: is a directory, not a store file") from None
    except OSError as err:
        raise StoreError(f"{path}: cannot read store ({err.strerror or err})") from None
    if not raw.strip():
        raise CorruptStoreError(f"{path}: store file is empty (truncated?); it was left as it is")
    try:
        data = loads(raw)
    except Exception:
        raise CorruptStoreError(f"{path}: store file is not valid JSON (corrupt or truncated); it was left as it is") from None
    return validate_main(data, path)


class Store:
    """An open factdesk store.  Reads are lock-free; writes take the lock."""

    def __init__(self, path: Path, data: dict[str, Any]) -> None:
        self.path = path
        self.dir = sidecar_dir(path)
        self._data = data
        self._stat = self._stat_key()
        self._shards: OrderedDict[str, dict[str, Any]] = OrderedDict()
        # The app reads from worker threads (article loads, index warm-up).
        self._shard_lock = threading.RLock()
        self._index: Any = None
        self._rebuild_catalog_views()

    # ------------------------------------------------------------ reading

    @property
    def meta(self) -> dict[str, Any]:
        return self._data["_meta"]["1"]

    @property
    def token(self) -> str:
        """Identifies this store's committed state (for the search index)."""
        return f"{self.meta['store_id']}:{self.meta['generation']}"

    def _rebuild_catalog_views(self) -> None:
        # Built on first use: start-up needs neither.
        self._by_id_map: dict[str, tuple[int, int]] | None = None
        self._ordered: list[dict[str, Any]] | None = None

    def _source_docs(self) -> list[dict[str, Any]]:
        return sorted(self._data["catalog"].values(), key=lambda doc: doc["file"])

    @property
    def _by_id(self) -> dict[str, tuple[int, int]]:
        """article id → (document id in its shard, shard number)."""
        if self._by_id_map is None:
            self._by_id_map = {
                aid: (doc_id, shard)
                for doc in self._data["catalog"].values()
                for aid, doc_id, shard in zip(doc["ids"], doc["docs"], doc["shards"])
            }
        return self._by_id_map

    def catalog(self) -> list[dict[str, Any]]:
        """Article summaries in page order (source, then position)."""
        if self._ordered is None:
            self._ordered = [
                {"id": aid, "title": title, "date": date, "publication": pub, "source": doc["file"],
                 "order": order, "n_facts": n_facts, "n_chars": n_chars}
                for doc in self._source_docs()
                for order, (aid, title, date, pub, n_facts, n_chars) in enumerate(
                    zip(doc["ids"], doc["titles"], doc["dates"], doc["publications"], doc["n_facts"], doc["n_chars"])
                )
            ]
        return self._ordered

    def sources(self) -> list[dict[str, Any]]:
        return sorted(self._data["sources"].values(), key=lambda s: s["file"])

    def counts(self) -> dict[str, int]:
        return {
            "sources": len(self._data["sources"]),
            "articles": sum(len(doc["ids"]) for doc in self._data["catalog"].values()),
            "facts": sum(sum(doc["n_facts"]) for doc in self._data["catalog"].values()),
        }

    def article(self, article_id: str) -> dict[str, Any] | None:
        entry = self._by_id.get(article_id)
        if entry is None:
            return None
        doc_id, shard_no = entry
        record = self._shard(shard_no).get("articles", {}).get(str(doc_id))
        return dict(record) if record is not None else None

    def facts(self, article_id: str | None = None, kind: str | None = None) -> list[dict[str, Any]]:
        """Facts of one article, or of every article in page order."""
        if article_id is None:
            return [
                fact
                for _, holder in self._records("facts")
                for fact in holder["facts"]
                if kind is None or fact.get("kind") == kind
            ]
        entry = self._by_id.get(article_id)
        if entry is None:
            return []
        doc_id, shard_no = entry
        holder = self._shard(shard_no).get("facts", {}).get(str(doc_id))
        return [f for f in (holder["facts"] if holder else ()) if kind is None or f.get("kind") == kind]

    def articles(self) -> Iterator[dict[str, Any]]:
        """Every article in page order."""
        for _, article in self._records("articles"):
            yield dict(article)

    def _records(self, table: str, chunk: int = 20_000) -> Iterator[tuple[str, dict[str, Any]]]:
        """(id, record) of every article in page order.  Page order jumps
        between shards, so a chunk of the order is read shard by shard, each
        shard once, instead of thrashing the small shard cache (minutes at
        100k articles)."""
        ids = [doc["id"] for doc in self.catalog()]
        for start in range(0, len(ids), chunk):
            part = ids[start:start + chunk]
            found: dict[str, dict[str, Any]] = {}
            for shard, members in self._by_shard(part).items():
                records = self._read_shard_uncached(shard).get(table, {})
                for aid, key in members:
                    record = records.get(key)
                    if record is not None:
                        found[aid] = record
            for aid in part:
                if aid in found:
                    yield aid, found[aid]

    def _shard_file(self, shard: int) -> Path | None:
        name = self.meta["shards"].get(f"{shard:03d}")
        return self.dir / "shards" / name if name else None

    def _shard(self, shard: int) -> dict[str, Any]:
        with self._shard_lock:
            return self._load_shard(shard)

    def _load_shard(self, shard: int) -> dict[str, Any]:
        path = self._shard_file(shard)
        if path is None:
            return {}
        cached = self._shards.get(path.name)
        if cached is not None:
            self._shards.move_to_end(path.name)
            return cached
        data = self._read_shard_file(shard, path)
        if self._shard_file(shard) != path:  # the store moved on while reading
            return self._load_shard(shard)
        self._shards[path.name] = data
        while len(self._shards) > SHARD_CACHE:
            self._shards.popitem(last=False)
        return data

    def _read_shard_file(self, shard: int, path: Path) -> dict[str, Any]:
        """Parse one shard file, naming it in any error."""
        try:
            data = loads(path.read_bytes())
        except FileNotFoundError:
            # A writer committed twice since we loaded the catalog and
            # cleaned up our generation: move to the current state.
            if self._refresh_if_changed() and (newer := self._shard_file(shard)) is not None:
                return self._read_shard_file(shard, newer)
            raise CorruptStoreError(f"{path}: shard file missing; run 'factdesk check'") from None
        except Exception:
            raise CorruptStoreError(f"{path}: shard file is not valid JSON; run 'factdesk check'") from None
        if not isinstance(data, dict):
            raise CorruptStoreError(f"{path}: shard file has the wrong shape; run 'factdesk check'")
        return data

    def _read_shard_uncached(self, shard: int) -> dict[str, Any]:
        """A shard's data for a whole-store pass, without filling the cache
        (which would only push out what the reader is using)."""
        path = self._shard_file(shard)
        if path is None:
            return {}
        with self._shard_lock:
            cached = self._shards.get(path.name)
        return cached if cached is not None else self._read_shard_file(shard, path)

    def _by_shard(self, ids: Iterable[str]) -> dict[int, list[tuple[str, str]]]:
        """Group article ids by shard as (id, document key), so a pass over
        many articles reads each shard file once."""
        groups: dict[int, list[tuple[str, str]]] = {}
        for aid in ids:
            entry = self._by_id.get(aid)
            if entry is not None:
                groups.setdefault(entry[1], []).append((aid, str(entry[0])))
        return groups

    # ------------------------------------------------------------ change detection

    def _stat_key(self) -> tuple[int, int, int] | None:
        try:
            st = self.path.stat()
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size, st.st_ino)

    def changed_on_disk(self) -> bool:
        """True when another process has committed since we last read."""
        return self._stat_key() != self._stat

    def reload(self) -> None:
        self._data = read_main(self.path)
        self._stat = self._stat_key()
        self._shards.clear()
        self._index = None
        self._rebuild_catalog_views()

    def _refresh_if_changed(self) -> bool:
        if self.changed_on_disk():
            self.reload()
            return True
        return False

    # ------------------------------------------------------------ writing

    @contextmanager
    def writing(self) -> Iterator["Transaction"]:
        """Hold the write lock; the transaction commits when the block ends
        without error and is discarded otherwise."""
        from filelock import FileLock, Timeout

        self.dir.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(self.path) + ".lock")
        try:
            lock.acquire(timeout=LOCK_TIMEOUT)
        except Timeout:
            raise StoreLockedError(f"{self.path}: another factdesk process is writing; gave up after {LOCK_TIMEOUT:.0f} s") from None
        try:
            # Apply our change on top of whatever another writer committed.
            if self.path.exists():
                self._refresh_if_changed()
            remove_stale_temp_files(self.path.parent)
            remove_stale_temp_files(self.dir / "shards")
            self._remove_uncommitted_shards()
            tx = Transaction(self)
            try:
                yield tx
                tx.commit()
            except BaseException as err:
                reached = True if tx.committed else tx.reached_disk()
                if reached is False:
                    tx.discard()
                if isinstance(err, KeyboardInterrupt) and reached:
                    raise InterruptedAfterSave(
                        f"interrupted after saving: the change is in {self.path}; "
                        f"run 'factdesk check --fix' to finish the search index"
                    ) from None
                if not isinstance(err, OSError):
                    raise
                why = err.strerror or str(err)
                if reached is False:  # a full disk, a read-only or vanished directory
                    raise StoreError(f"{self.path}: cannot write the store ({why}); it was left as it was") from None
                if reached:  # e.g. a full disk while updating the index
                    raise StoreError(f"{self.path}: saved, but the search index could not be updated ({why}); "
                                     f"run 'factdesk check --fix'") from None
                raise StoreError(f"{self.path}: writing failed ({why}); run 'factdesk check'") from None
        finally:
            lock.release()

    def _remove_uncommitted_shards(self) -> None:
        """Delete shard files of a generation that was never committed (a
        writer killed mid-ingest): call under the write lock."""
        generation = self.meta["generation"]
        for entry in (self.dir / "shards").glob("*.g*.json") if (self.dir / "shards").is_dir() else ():
            try:
                if int(entry.name.split(".g", 1)[1].split(".", 1)[0]) > generation:
                    entry.unlink()
            except (ValueError, IndexError, OSError):
                pass

    def ingest_paths(
        self, paths: Iterable[str | Path], progress: ProgressFn | None = None, *, build_index: bool = True
    ) -> IngestReport:
        """Ingest files and directories; each file is its own atomic commit
        and a file that cannot be used is reported and changes nothing.

        With ``build_index`` the search index is brought up to date before
        returning, so the app's first search does not pay for it; the
        automatic seed on first launch skips that to keep start-up fast."""
        from store.ingest.sources import expand, parse_input, read_input

        report = IngestReport()
        expansion = expand(list(paths))
        for skipped in expansion.skipped:
            report.skipped.append((str(skipped.path), skipped.reason))
        for path in expansion.files:
            try:
                if str(path) == "-":
                    import sys

                    source = read_input(path, sys.stdin.buffer.read())
                else:
                    source = read_input(path)
                parsed, articles = parse_input(source)
                with self.writing() as tx:
                    tx.put_source(parsed, articles, report, progress)
            except InputError as err:
                report.skipped.append((str(path), str(err)))
        if build_index and report.ingested_sources:
            self.search_index()
        return report

    def reseed(self, progress: ProgressFn | None = None, *, build_index: bool = True) -> IngestReport:
        return self.ingest_paths(sorted(SEED_SOURCES.glob("*.txt")), progress, build_index=build_index)

    # ------------------------------------------------------------ search

    def search_index(self) -> Any:
        """The search index, opened (or rebuilt when missing or stale)."""
        if self._index is not None and self._index.token == self.token:
            return self._index
        from store.search.index import IndexStale, SearchIndex

        directory = self.dir / "index"
        try:
            self._index = SearchIndex.open(directory, token=self.token)
        except IndexStale:
            self._index = self.rebuild_index()
        return self._index

    def rebuild_index(self) -> Any:
        """Rebuild the search index from the articles, under the write lock
        so that no commit can slip in between reading and writing it."""
        from filelock import FileLock, Timeout

        from store.search.index import SearchIndex

        self.dir.mkdir(parents=True, exist_ok=True)
        try:
            with FileLock(str(self.path) + ".lock", timeout=LOCK_TIMEOUT):
                self._refresh_if_changed()
                docs = self._index_docs()
                self._index = SearchIndex.rebuild(self.dir / "index", docs, self.token)
        except Timeout:
            raise StoreLockedError(f"{self.path}: another factdesk process is writing; gave up after {LOCK_TIMEOUT:.0f} s") from None
        except OSError as err:  # a full disk: the articles are safe, only the index is missing
            raise StoreError(f"{self.path}: cannot build the search index ({err.strerror or err}); "
                             f"the articles are unaffected") from None
        return self._index

    def _index_docs(self, ids: Iterable[str] | None = None) -> Iterator[dict[str, Any]]:
        """Index documents of every article (or of ``ids``), shard by shard:
        each shard file is read once and only one is held at a time, so a
        rebuild streams in bounded memory (the index does not depend on the
        order)."""
        for shard, members in sorted(self._by_shard(self._by_id if ids is None else ids).items()):
            data = self._read_shard_uncached(shard)
            for aid, key in members:
                article = data.get("articles", {}).get(key)
                if article is not None:
                    holder = data.get("facts", {}).get(key)
                    yield {**self._index_doc_fields(article), "facts": holder["facts"] if holder else []}


    @staticmethod
    def _index_doc_fields(article: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": article["id"],
            "title": article["title"],
            "body": article["body"],
            "date": article.get("date"),
            "sections": article.get("sections", []),
        }

    def search(
        self, query: str, *, limit: int = 50, kind: str | None = None, facts: bool = True, detail: int | None = 200
    ) -> dict[str, Any]:
        """Ranked search.  Each result has the ids of its matching facts
        (``fact_ids``) and, with ``facts``, the fact records themselves.

        Records live in the shards, so resolving them for hundreds of
        results reads many shard files; the app asks for ids only and reads
        the facts of the article it shows."""
        result = self.search_index().search(query, limit=limit, kind=kind, detail=detail)
        hits = result["results"]
        for hit in hits:
            hit["fact_ids"] = list(hit.get("fact_ids") or [])
            hit["facts"] = []
        if facts:
            self._resolve_facts(hits)
        return result

    def hit_spans(self, text: str, query: str) -> list[tuple[int, int]]:
        """Where a query hits a text, for highlighting; pinyin terms are
        resolved through the index when it is open (never built here: this
        runs as the reader draws)."""
        from store.search.index import hit_spans

        return [(start, end) for start, end in hit_spans(text, query, self._index)]

    def _resolve_facts(self, hits: list[dict[str, Any]]) -> None:
        """Fill each hit's ``facts`` from its ``fact_ids``, shard by shard."""
        by_id = {hit["article_id"]: hit for hit in hits if hit["fact_ids"]}
        for shard, members in self._by_shard(by_id).items():
            holders = self._read_shard_uncached(shard).get("facts", {})
            for aid, key in members:
                wanted = set(by_id[aid]["fact_ids"])
                holder = holders.get(key) or {"facts": []}
                by_id[aid]["facts"] = [f for f in holder["facts"] if f["id"] in wanted]

    # ------------------------------------------------------------ checking

    @staticmethod
    def _check_article(shard: dict[str, Any], aid: str, doc_key: str, n_facts: int) -> list[str]:
        """Problems of one article in its shard: missing, or facts that do
        not match the catalog or point outside their text."""
        article = shard.get("articles", {}).get(doc_key)
        if article is None or article.get("id") != aid:
            return [f"article {aid} is in the catalog but not in its shard"]
        problems: list[str] = []
        holder = shard.get("facts", {}).get(doc_key) or {"facts": []}
        if len(holder["facts"]) != n_facts:
            problems.append(f"article {aid}: catalog says {n_facts} facts, shard has {len(holder['facts'])}")
        for fact in holder["facts"]:
            if fact.get("article_id") != aid:
                return problems + [f"fact {fact.get('id')} belongs to {fact.get('article_id')}, stored under {aid}"]
            text = article["title"] if fact.get("where") == "title" else article["body"]
            if text[fact["start"]:fact["end"]] != fact["surface"]:
                return problems + [f"fact {fact.get('id')}: offsets do not match its text"]
        return problems

    def check(self, fix: bool = False) -> list[str]:
        """Verify shards, catalog, facts and index; return the problems found
        (and repair what can be repaired when ``fix``)."""
        problems: list[str] = []
        for key, name in self.meta["shards"].items():
            if not (self.dir / "shards" / name).exists():
                problems.append(f"shard {key} file {name} is missing")
        n_facts = {
            aid: n for doc in self._data["catalog"].values() for aid, n in zip(doc["ids"], doc["n_facts"])
        }
        for shard_no, members in sorted(self._by_shard(self._by_id).items()):
            try:
                shard = self._read_shard_uncached(shard_no)
            except CorruptStoreError as err:
                problems.append(str(err))
                continue
            for aid, doc_key in members:
                problems += self._check_article(shard, aid, doc_key, n_facts[aid])
        catalogued = {doc["file"] for doc in self._data["catalog"].values()}
        for source in self._data["sources"].values():
            if source["file"] not in catalogued:
                problems.append(f"source {source['file']} has no catalog entry")
        index_ok = True
        try:
            from store.search.index import IndexStale, SearchIndex

            SearchIndex.open(self.dir / "index", token=self.token)
        except IndexStale as err:
            index_ok = False
            problems.append(f"search index is missing or stale ({err})")
        except ImportError:
            pass
        if fix and not index_ok:
            self.rebuild_index()
        return problems


class Transaction:
    """Changes to the store, committed at once.

    TinyDB rewrites a whole table on every insert or remove, so article
    changes are buffered and applied per shard with ``insert_multiple`` /
    ``remove`` when the buffer is flushed (at commit, or when it grows
    large); the catalog changes one source document at a time."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.data = loads(dumps(store._data))
        self.db = TinyDB(storage=SnapshotStorage)
        self.db.storage.data = self.data  # type: ignore[attr-defined]
        self.generation = self.data["_meta"]["1"]["generation"] + 1
        self.pending_docs: dict[int, list[tuple[Document, Document]]] = {}
        self.pending_removals: dict[int, list[int]] = {}
        self.pending_chars = 0
        self.written: dict[int, tuple[str, bool]] = {}  # shard → (file of this generation, has articles)
        self.added_ids: set[str] = set()
        self.removed_ids: set[str] = set()
        self.changed = not store.path.exists()
        self.committed = False  # set once the main file has been replaced

    @property
    def meta(self) -> dict[str, Any]:
        return self.data["_meta"]["1"]

    def _load_shard(self, shard: int) -> TinyDB:
        if shard in self.written:
            path: Path | None = self.store.dir / "shards" / self.written[shard][0]
        else:
            name = self.meta["shards"].get(f"{shard:03d}")
            path = self.store.dir / "shards" / name if name else None
        data = loads(path.read_bytes()) if path is not None and path.exists() else {}
        db = TinyDB(storage=SnapshotStorage)
        db.storage.data = data  # type: ignore[attr-defined]
        return db

    def remove_source_articles(self, file: str) -> list[str]:
        """Drop a source's catalog document and (at the next flush) its
        articles and facts; return the ids removed."""
        catalog = self.db.table("catalog")
        removed: list[str] = []
        for doc in catalog.all():
            if doc["file"] != file:
                continue
            for aid, doc_id, shard in zip(doc["ids"], doc["docs"], doc["shards"]):
                self.pending_removals.setdefault(shard, []).append(doc_id)
                self.removed_ids.add(aid)
                removed.append(aid)
            catalog.remove(doc_ids=[doc.doc_id])
            self.changed = True
        return removed

    def put_source(
        self,
        parsed: Any,
        articles: Iterable[dict[str, Any]],
        report: IngestReport,
        progress: ProgressFn | None = None,
    ) -> None:
        """Add or replace the articles of one source file.  The same text
        again changes nothing; a changed text replaces its old articles."""
        from store.facts import article_facts

        sources = self.db.table("sources")
        old = next(((doc.doc_id, doc) for doc in sources.all() if doc["file"] == parsed.file), None)
        if old is not None and old[1].get("sha256") == parsed.sha256:
            report.unchanged_sources.append(parsed.file)
            return
        old_ids = self.remove_source_articles(parsed.file)
        columns: dict[str, Any] = {"file": parsed.file, **{c: [] for c in CATALOG_COLUMNS}}
        ids: list[str] = columns["ids"]
        seen: set[str] = set()
        total = getattr(parsed, "total", None) or len(parsed.articles) or None
        for n, article in enumerate(articles):
            article["source"] = {"file": parsed.file, "sha256": parsed.sha256}
            aid = article["id"]
            if aid in seen:  # the same record twice in one file: keep the first
                continue
            seen.add(aid)
            facts = self._facts_for(article, article_facts)
            self._add(article, facts, columns)
            report.added += 1
            report.facts += len(facts)
            if progress is not None:
                progress(parsed.file, n + 1, total)
        record = {
            "file": parsed.file,
            "sha256": parsed.sha256,
            "furniture": parsed.furniture,
            "publication": parsed.publication,
            "date": parsed.date,
            "articles": len(ids),
            "ingested": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        if old is not None:
            sources.remove(doc_ids=[old[0]])
        sources.insert(record)
        self.db.table("catalog").insert(columns)
        report.removed += len(set(old_ids) - set(ids))
        report.ingested_sources.append(parsed.file)
        self.changed = True

    def _add(self, article: dict[str, Any], facts: list[dict[str, Any]], columns: dict[str, Any]) -> None:
        aid = article["id"]
        doc_id = self.meta["next_doc"]
        self.meta["next_doc"] = doc_id + 1
        shard = shard_of(aid)
        self.pending_docs.setdefault(shard, []).append(
            (Document(article, doc_id=doc_id), Document({"article_id": aid, "facts": facts}, doc_id=doc_id))
        )
        for column, value in (
            ("ids", aid), ("titles", article["title"]), ("dates", article.get("date")),
            ("publications", article.get("publication")), ("n_facts", len(facts)),
            ("n_chars", len(article["body"])), ("docs", doc_id), ("shards", shard),
        ):
            columns[column].append(value)
        self.added_ids.add(aid)
        self.removed_ids.discard(aid)
        self.pending_chars += len(article["body"])
        if self.pending_chars > FLUSH_CHARS:
            self.flush()

    @staticmethod
    def _facts_for(article: dict[str, Any], extractor: Callable[[dict[str, Any]], list[dict[str, Any]]]) -> list[dict[str, Any]]:
        if article.get("title_derived"):
            # The title was made from the first sentence: its figures are
            # already facts of the body.
            return extractor({**article, "title": ""})
        return extractor(article)

    def flush(self) -> None:
        """Apply buffered changes and write the changed shards to this
        generation's files; they stay invisible until the main file is
        committed, and are dropped from memory."""
        shard_dir = self.store.dir / "shards"
        for shard in sorted(set(self.pending_docs) | set(self.pending_removals)):
            db = self._load_shard(shard)
            removals = self.pending_removals.get(shard, [])
            for table in ("articles", "facts"):
                present = [d for d in removals if db.table(table).contains(doc_id=d)]
                if present:
                    db.table(table).remove(doc_ids=present)
            docs = self.pending_docs.get(shard, [])
            if docs:
                db.table("articles").insert_multiple([a for a, _ in docs])
                db.table("facts").insert_multiple([f for _, f in docs])
            name = f"{shard:03d}.g{self.generation}.json"
            data = db.storage.data  # type: ignore[attr-defined]
            atomic_write(shard_dir / name, dumps(data))
            self.written[shard] = (name, bool(data.get("articles")))
        self.pending_docs.clear()
        self.pending_removals.clear()
        self.pending_chars = 0

    def commit(self) -> None:
        if not self.changed:
            return
        store = self.store
        self.flush()
        previous = dict(self.meta["shards"])
        for shard, (name, has_articles) in self.written.items():
            if has_articles:
                self.meta["shards"][f"{shard:03d}"] = name
            else:
                self.meta["shards"].pop(f"{shard:03d}", None)
        self.meta["generation"] = self.generation
        self.meta["schema"] = SCHEMA_VERSION
        old_token = store.token if store._stat is not None else None
        atomic_write(store.path, dumps(self.data))  # the commit point
        self.committed = True
        store._data = self.data
        store._stat = store._stat_key()
        store._shards.clear()
        store._rebuild_catalog_views()
        self._collect_garbage(previous)
        self._update_index(old_token)

    def reached_disk(self) -> bool | None:
        """Whether the main file on disk is this transaction's: an interrupt
        can land after the rename (in the directory fsync) but before
        ``committed`` is set.  None when it cannot be told."""
        try:
            return read_main(self.store.path)["_meta"]["1"].get("generation") == self.generation
        except FileNotFoundError:
            return False
        except (OSError, StoreError):
            return None

    def discard(self) -> None:
        """Remove the shard files this uncommitted transaction wrote (their
        generation's names are never live), so that a failed or interrupted
        ingest leaves nothing taking space on a full disk."""
        # By generation rather than from self.written: an interrupt can land
        # after a file's rename but before it is recorded, or between a
        # temporary file's creation and its rename (we hold the lock: no
        # other writer is mid-write).
        self.store._remove_uncommitted_shards()
        remove_stale_temp_files(self.store.dir / "shards")
        remove_stale_temp_files(self.store.path.parent)

    def _collect_garbage(self, previous: dict[str, str]) -> None:
        keep = set(self.meta["shards"].values()) | set(previous.values())
        shard_dir = self.store.dir / "shards"
        if not shard_dir.is_dir():
            return
        for entry in shard_dir.iterdir():
            if entry.name not in keep:
                try:
                    entry.unlink()
                except OSError:
                    pass

    def _update_index(self, old_token: str | None) -> None:
        """Keep the search index in step; if it cannot be updated in place it
        is left stale and rebuilt when next needed."""
        store = self.store
        try:
            from store.search.index import IndexStale, SearchIndex
        except ImportError:
            return
        if old_token is None:
            return
        try:
            index = SearchIndex.open(store.dir / "index", token=old_token)
        except IndexStale:
            store._index = None
            return
        added = list(store._index_docs(self.added_ids))
        index.update(added, sorted(self.removed_ids - self.added_ids), store.token)
        store._index = index


def open_store(path: str | Path | None = None, *, seed: bool = True) -> Store:
    """Open the store at ``path`` (default: $FACTDESK_DB or the user data
    directory).  A missing store is created and, with ``seed``, seeded from
    the shipped sources; a corrupt one raises CorruptStoreError untouched."""
    store_path = Path(path).expanduser() if path is not None else default_store_path()
    if store_path.is_dir():
        raise CorruptStoreError(f"{store_path}: is a directory; pass a store file such as {store_path / 'factdesk.json'}")
    try:
        data = read_main(store_path)
    except FileNotFoundError:
        try:
            store_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StoreError(f"{store_path.parent}: cannot create directory ({err.strerror or err})") from None
        store = Store(store_path, _empty_main())
        store._stat = None
        with store.writing() as tx:
            tx.changed = True  # an empty store is still written, so it exists
        if seed and not store._data["catalog"]:
            store.reseed(build_index=False)
        return store
    return Store(store_path, data)
