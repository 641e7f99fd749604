"""Writing the store: the write lock and the transaction.

A transaction works on a copy of the main file and on the shards it
touches.  Changed shards are written under the next generation's names
(invisible to readers), then the main file naming them is atomically
replaced: that rename is the one commit point, so a crash at any moment
leaves either the old or the new state.  Files of older generations are
removed after the next commit (one generation is kept for readers still on
it).  The transaction stores what it is given: the ingest pipeline parses
the articles and extracts their facts before handing them over.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

from tinydb import TinyDB
from tinydb.table import Document

from store.db import catalog_log, shard_frames
from store.db.index_spool import IndexSpool, SeriesSpool, hand_over, prepares_index
from store.db.locking import make_sidecar, write_lock
from store.db.row_spool import CompactIds, RowSpool
from store.db.schema import (
    SCHEMA_VERSION,
    MainData,
    StoreMeta,
    catalog_rows,
    meta_of,
    read_main,
)
from store.db.shard_bodies import ShardBodies, fact_holder, holder_document
from store.db.shards import (
    FIX_HINT,
    ShardData,
    ShardSum,
    damaged_shard_files,
    encode_shard,
    read_shard_file,
    remember_sound,
    remove_shards_except,
    remove_uncommitted_shards,
    shard_file_name,
    shard_key,
    shard_of,
    shard_sum,
)
from store.db.shared_sources import (
    RefEdit,
    RowLookup,
    SharedSources,
    heirs_by_id,
    with_ref_edits,
    with_row,
    without_rows,
)
from store.db.snapshot import SnapshotStorage
from store.db.source_keys import find_source, header_key, key_of, unique_id
from store.db.storage import dumps, loads
from store.errors import (
    CorruptStoreError,
    InterruptedAfterSave,
    StoreError,
    derived_part,
    os_error,
    os_reason,
    write_error,
)
from store.fileio import atomic_write, remove_stale_temp_files
from store.ingest.content_key import content_key
from store.records import Article, Fact, SourceHeader, SourceRecord, SourceWrite

# Pending article text held in memory before it is written out to the next
# generation's shard files: bounds memory on very large ingests, at the cost
# of extra shard rewrites.  The environment override lets crash tests make
# flushes happen on small inputs.
FLUSH_CHARS = int(os.environ.get("FACTDESK_FLUSH_CHARS") or 10_000_000)
# Pending articles held before a flush, whatever their length: each carries
# a fixed overhead (documents, facts holder, ids) that text length does not
# count, so many tiny articles would otherwise grow memory without bound.
FLUSH_RECORDS = int(os.environ.get("FACTDESK_FLUSH_RECORDS") or 5_000)


class CommitTarget(Protocol):
    """What a transaction needs of the store it writes to."""

    path: Path  # the main file
    dir: Path   # the sidecar directory: shards/, index/

    def committed_data(self) -> MainData: ...
    def on_disk_token(self) -> str | None: ...
    def refresh_if_changed(self) -> bool: ...
    def adopt(self, data: MainData) -> None: ...
    def index_changed(self, old_token: str | None, added: set[str], removed: set[str]) -> None: ...


@contextmanager
def write_transaction(target: CommitTarget, *, repair: bool = False) -> Iterator[Transaction]:
    """Hold the write lock; the transaction commits when the block ends
    without error and is discarded otherwise.  A store with a missing or
    damaged shard file is not written to (a commit on top of it would bury
    the damage) unless the transaction is ``check --fix``'s ``repair``."""
    if target.on_disk_token() is not None and not target.path.exists():
        raise store_moved(target.path)  # (its lock file, folders and shards are not made again where it was)
    with write_lock(target.path):
        make_sidecar(target.dir)
        # Apply our change on top of whatever another writer committed.
        if target.path.exists():
            target.refresh_if_changed()
        sound: dict[str, list[int]] = {}
        if not repair and (damage := damaged_shard_files(target.committed_data(), target.dir / "shards", sound)):
            raise CorruptStoreError(f"{next(iter(damage.values()))}; the store was not changed; {FIX_HINT}")
        sweep_index(target.dir / "index")
        try:
            remove_stale_temp_files(target.path.parent)
            remove_stale_temp_files(target.dir / "shards")
            remove_stale_temp_files(target.dir / catalog_log.CATALOG_DIR)
            generation = meta_of(target.committed_data())["generation"]
            remove_uncommitted_shards(target.dir / "shards", generation)
            catalog_log.remove_uncommitted_segments(target.dir / catalog_log.CATALOG_DIR, generation)
        except OSError as err:
            raise os_error(err, target.dir, "cannot clean up the store's folder") from None
        tx = Transaction(target)
        try:
            yield tx
            tx.commit()
            if tx.committed:
                remember_sound(tx.shard_dir, sound, set(tx.meta["shards"].values()))
        except BaseException as err:
            sweep_index(target.dir / "index")  # a failed index update leaves nothing behind
            tx.series_spool.close()  # a named file: it would outlive this process
            _fail(tx, err)
            raise


def sweep_index(directory: Path) -> None:
    """Remove the index files no manifest names (see SearchIndex.sweep)."""
    from store.search.index import SearchIndex

    SearchIndex.sweep(directory)


def out_of_memory(path: Path, reached: bool | None) -> StoreError:
    """Memory ran out during a transaction (an address-space limit, a
    container's cap): one line saying whether the change was saved — it said
    "internal error: MemoryError:" and nothing of the articles an ingest had
    just committed before its index update ran out."""
    why = "out of memory: a memory limit such as ulimit -v, or the machine's"
    if reached is False:
        return StoreError(f"{path}: cannot write the store ({why}); it was left as it was")
    if reached:
        return StoreError(f"{path}: saved, but its search index or series table could not be brought up to date "
                          f"({why}); run 'factdesk check --fix'")
    return StoreError(f"{path}: writing failed ({why}); run 'factdesk check'")


class StoreMoved(StoreError):
    """The store's main file went away while the store was open."""


def store_moved(path: Path) -> StoreMoved:
    return StoreMoved(f"{path}: the store was moved or removed while factdesk was using it; nothing was saved of "
                      f"this change and nothing was made there — run the command again on the store where it is now")


def _fail(tx: Transaction, err: BaseException) -> None:
    """Clean up after a failed transaction and turn the failure into one
    line for the user: whether the change reached the disk is what matters."""
    path = tx.target.path
    reached = True if tx.committed else tx.reached_disk()
    if reached is False:
        tx.discard()
    if isinstance(err, KeyboardInterrupt) and reached:
        raise InterruptedAfterSave(
            f"interrupted after saving: the change is in {path}; run 'factdesk check --fix' to finish the search index"
        ) from None
    if isinstance(err, MemoryError):  # (ulimit -v, a container's limit): said as a write that failed, with what was saved
        raise out_of_memory(path, reached) from None
    if not isinstance(err, OSError):
        return
    if reached and derived_part(err) == "the search index":  # committed, the index behind: said to readers
        from store.db.indexing import note_behind

        note_behind(tx.target.dir, os_reason(err, path.parent))  # (after the sweep freed the failed update's files)
    raise write_error(err, path, reached) from None


class Transaction(SharedSources, ShardBodies):
    """Changes to the store, committed at once.

    TinyDB rewrites a whole table on every insert or remove, so article
    changes are buffered and applied per shard with ``insert_multiple`` /
    ``remove`` when the buffer is flushed (at commit, or when it grows
    large); the catalog changes one source document at a time."""

    def __init__(self, target: CommitTarget) -> None:
        self.target = target
        self.data = _working_copy(target.committed_data())
        self.db = TinyDB(storage=SnapshotStorage)
        self.db.storage.data = self.data  # type: ignore[attr-defined]
        self.generation = self.meta["generation"] + 1
        # shard → (article, its facts holder: a Document, or its JSON from the workers)
        self.pending_docs: dict[int, list[tuple[Document, Document | shard_frames.Encoded]]] = {}
        self.pending_removals: dict[int, list[int]] = {}
        self.pending_refs: dict[int, dict[int, list[RefEdit]]] = {}  # shard → document key → source edits
        self._content: RowLookup | None = None  # content key → article id (made when first needed)
        self._where: dict[str, tuple[int, int]] | None = None  # article id → (document key, shard)
        self.pending_chars = 0
        self.pending_records = 0
        self.written: dict[int, tuple[str, bool, ShardSum]] = {}  # shard → (file of this generation, has articles, sum)
        self.bodies: dict[int, shard_frames.ShardBody] = {}  # shards gathering added articles until the commit
        self.fresh_shards: set[int] = set()  # damaged shards check --fix rebuilds from nothing
        self.added_ids: CompactIds = CompactIds()  # a set, a few bytes an id
        self.removed_ids: set[str] = set()
        self.changed = not target.path.exists()
        self.was_there = not self.changed  # a store on disk when the transaction began (see _check_still_there)
        self.committed = False  # set once the main file has been replaced
        self.index_spool = IndexSpool(self.target.dir / "shards")  # index documents the workers prepared
        self.series_spool = SeriesSpool(self.target.dir / "series")  # and their rows of the series table

    @property
    def meta(self) -> StoreMeta:
        return meta_of(self.data)

    @property
    def shard_dir(self) -> Path:
        return self.target.dir / "shards"

    @property
    def catalog_dir(self) -> Path:
        return self.target.dir / catalog_log.CATALOG_DIR

    # ------------------------------------------------------------ changes

    def stored_sha256(self, file: str, key: str | None = None) -> str | None:
        """The SHA-256 of the stored version of a source, if any."""
        record = find_source(self.db.table("sources").all(), file, key)
        return record.get("sha256") if record is not None else None

    def remove_source_articles(self, file: str, key: str | None = None) -> list[str]:
        """Drop a source's catalog document and (at the next flush) its
        articles and facts; return the ids removed.  Its articles that other
        files also hold stay, moved to the first of them, and it is dropped
        from the sources of the articles it held as another file's."""
        stored = find_source([{"file": doc["file"], "key": doc.get("key"), "doc_key": k}
                              for k, doc in self.data["catalog"].items()], file, key)
        if stored is None:
            return []
        doc_key = stored["doc_key"]
        ref = self._stored_ref(self.data["catalog"][doc_key])
        for aid in self.data["catalog"][doc_key].get("also", ()):
            self._edit_ref(aid, "drop", ref)
        heirs = heirs_by_id(self.data, doc_key)
        if heirs:
            self._content_index()  # every row moved to an heir carries its key
        catalog = self.data["catalog"]
        doc = catalog[doc_key]
        removed: list[str] = []
        for i, (aid, doc_id, shard) in enumerate(zip(doc["ids"], doc["docs"], doc["shards"])):
            heir = next(iter(heirs.get(aid, ())), None)
            if heir is not None and shard not in self.fresh_shards:
                catalog[heir] = with_row(catalog[heir], doc, i)
                self._edit_ref(aid, "drop", ref)
                continue
            for other in heirs.get(aid, ()):  # its record is lost with a damaged shard
                catalog[other] = without_rows(catalog[other], {aid})
            self.pending_removals.setdefault(shard, []).append(doc_id)
            self.removed_ids.add(aid)
            removed.append(aid)
        del catalog[doc_key]
        self._content = None
        self.changed = True
        return removed

    def prepares_index(self, articles: int) -> bool:  # whether the workers prepare index documents
        return prepares_index(self.target, articles)

    def put_source(self, source: SourceHeader, articles: Iterable[tuple[Article, list[Fact]]]) -> SourceWrite:
        """Add or replace the articles of one source file, with their facts.
        An article id or content repeated within the source keeps its first
        record; an article another file already holds gains this file as a
        source (see store.db.shared_sources).  What is kept of each article
        until the commit is compact (store.db.row_spool)."""
        key = header_key(source)
        stored = find_source(self.db.table("sources").all(), source.file, source.key)
        old_ids = self.remove_source_articles(source.file, source.key)
        columns = RowSpool(self.catalog_dir, {"file": source.file, "key": key})
        others = RowLookup(self.data["catalog"], "ids")
        stored_content = self._content_index()
        seen = CompactIds()
        n_facts = 0
        repeated: list[int] = []
        for at, (article, facts) in enumerate(articles):
            ckey = getattr(facts, "content_key", None) or content_key(article["title"], article["body"])
            prepared = getattr(facts, "prepared", None)
            series = getattr(facts, "series", None)
            if ckey in seen:
                repeated.append(at)
                continue
            seen.add(ckey)
            if (holder := stored_content.get(ckey)) is not None:
                self._edit_ref(holder, "add", article.get("source") or {"file": source.file, "sha256": source.sha256})
                columns.also.append(holder)
                continue
            if article["id"] in others:  # a same-named file's article: this one gets its own id
                article, facts = unique_id(article, facts, key)
                prepared = series = None  # prepared under its old id
            if article["id"] in seen:
                repeated.append(at)
                continue
            seen.add(article["id"])
            self._add(article, facts, columns, ckey, prepared, series)
            n_facts += len(facts)
        record: SourceRecord = {
            "file": source.file,
            "key": key,
            "sha256": source.sha256,
            "furniture": source.furniture,
            "publication": source.publication,
            "date": source.date,
            "articles": columns.rows + len(columns.also),
            "ingested": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        sources = self.db.table("sources")
        if stored is not None:
            sources.remove(doc_ids=[stored.doc_id])
        sources.insert(record)
        catalog = self.data["catalog"]
        catalog[str(max(map(int, catalog), default=0) + 1)] = columns  # type: ignore[assignment]
        if self._where is not None:  # built during this source: its rows up to then were not in the catalog yet
            self._where.update(zip(columns["ids"], zip(columns["docs"], columns["shards"])))
        self.changed = True
        return SourceWrite(columns.rows, n_facts, sum(1 for aid in set(old_ids) if aid not in seen), len(columns.also),
                           tuple(repeated))

    def drop_articles(self, key: str, ids: set[str]) -> None:
        """Take articles out of a source's catalog document (check --fix,
        for articles whose shard was lost and whose file is gone), and out
        of other sources' lists of them; a source left without articles is
        dropped."""
        for doc_key, doc in list(self.data["catalog"].items()):
            kept = without_rows(doc, ids)
            if key_of(doc) != key:
                self.data["catalog"][doc_key] = kept
                continue
            n_left = len(kept["ids"]) + len(kept.get("also", ()))
            if n_left:
                self.data["catalog"][doc_key] = kept
            else:
                del self.data["catalog"][doc_key]
            for source_key, source in list(self.data["sources"].items()):
                if key_of(source) == key:
                    self.data["sources"][source_key] = {**source, "articles": n_left}
                    if not n_left:
                        del self.data["sources"][source_key]
        self.removed_ids |= ids
        self._content = self._where = None
        self.changed = True

    def _add(self, article: Article, facts: list[Fact], columns: RowSpool, ckey: str, prepared: bytes | None,
             series: bytes | None = None) -> None:
        aid = article["id"]
        doc_id = self.meta["next_doc"]
        self.meta["next_doc"] = doc_id + 1
        shard = shard_of(aid)
        self.index_spool.add(doc_id, prepared)
        self.series_spool.add(doc_id, series)
        self.pending_docs.setdefault(shard, []).append((Document(article, doc_id=doc_id), fact_holder(aid, facts, doc_id)))
        columns.add_row(ids=aid, titles=article["title"], dates=article.get("date"),
                        publications=article.get("publication"), n_facts=len(facts), n_chars=len(article["body"]),
                        docs=doc_id, shards=shard, keys=ckey)
        if self._where is not None:  # else built from the catalog when first needed (not for one new row)
            self._where[aid] = (doc_id, shard)
        self.added_ids.add(aid)
        self.removed_ids.discard(aid)
        self.pending_chars += len(article["body"])
        self.pending_records += 1
        if self.pending_chars > FLUSH_CHARS or self.pending_records >= FLUSH_RECORDS:
            self.flush()

    # ------------------------------------------------------------ writing

    def _open_shard(self, shard: int) -> TinyDB:
        """The shard as this transaction left it (or as committed), for
        TinyDB to change."""
        db = TinyDB(storage=SnapshotStorage)
        db.storage.data = self._shard_data(shard)  # type: ignore[attr-defined]
        return db

    def _shard_file(self, shard: int) -> tuple[Path, ShardSum | None] | None:
        """The file holding a shard as this transaction left it, or as
        committed, with its recorded sum; None for an empty shard."""
        if shard in self.bodies:
            self._finish_body(shard)
        if shard in self.written:
            name, _, expected = self.written[shard]
        elif shard in self.fresh_shards:
            return None
        else:
            name = self.meta["shards"].get(shard_key(shard)) or ""
            expected = self.meta.get("shard_sums", {}).get(shard_key(shard))
        return (self.shard_dir / name, expected) if name else None

    def _shard_data(self, shard: int) -> ShardData:
        """A shard's data as this transaction left it, or as committed
        (verified: a damaged file fails the transaction, naming the file)."""
        found = self._shard_file(shard)
        if found is None:
            return {}
        try:
            return read_shard_file(*found)
        except FileNotFoundError:
            self._check_still_there()
            raise CorruptStoreError(f"{found[0]}: shard file is missing; {FIX_HINT}") from None

    def rewrite_shards(self, shards: Iterable[int]) -> None:
        """Write these shards again unchanged (``check --fix`` moves shard
        files of an earlier layout to the current one)."""
        for shard in shards:
            self.pending_refs.setdefault(shard, {})
            self.changed = True

    def flush(self) -> None:
        """Apply buffered changes and write the changed shards to this
        generation's files; they stay invisible until the main file is
        committed, and are dropped from memory."""
        touched = set(self.pending_docs) | set(self.pending_removals) | set(self.pending_refs)
        if touched:
            self._check_still_there()
        for shard in sorted(touched | (self.fresh_shards - set(self.written))):
            docs = self.pending_docs.get(shard, [])
            adds_only = docs and shard not in self.pending_removals and shard not in self.pending_refs
            if adds_only and (body := self._body(shard)) is not None:
                body.add({"articles": {str(a.doc_id): dict(a) for a, _ in docs},
                          "facts": {str(a.doc_id): f if type(f) is shard_frames.Encoded else dict(f) for a, f in docs}})
                continue
            db = self._open_shard(shard)
            removals = self.pending_removals.get(shard, [])
            for table in ("articles", "facts"):
                present = [d for d in removals if db.table(table).contains(doc_id=d)]
                if present:
                    db.table(table).remove(doc_ids=present)
            if docs:
                db.table("articles").insert_multiple([a for a, _ in docs])
                db.table("facts").insert_multiple([holder_document(a, f) for a, f in docs])
            data = db.storage.data  # type: ignore[attr-defined]
            records = data.get("articles", {})
            for doc_id, edits in self.pending_refs.get(shard, {}).items():
                if (record := records.get(str(doc_id))) is not None:
                    records[str(doc_id)] = with_ref_edits(record, edits)
            name, raw = shard_file_name(shard, self.generation), encode_shard(data)
            atomic_write(self.shard_dir / name, raw)
            self.written[shard] = (name, bool(data.get("articles")), shard_sum(raw))
        self.pending_docs.clear()
        self.pending_removals.clear()
        self.pending_refs.clear()
        self.pending_chars = 0
        self.pending_records = 0

    def commit(self) -> None:
        if not self.changed:
            return
        self.flush()
        for shard in list(self.bodies):
            self._finish_body(shard)
        self._check_still_there()
        previous = dict(self.meta["shards"])
        sums = self.meta.setdefault("shard_sums", {})
        for shard, (name, has_articles, checksum) in self.written.items():
            if has_articles:
                self.meta["shards"][shard_key(shard)] = name
                sums[shard_key(shard)] = checksum
            else:
                self.meta["shards"].pop(shard_key(shard), None)
                sums.pop(shard_key(shard), None)
        self.meta["generation"] = self.generation
        self.meta["schema"] = SCHEMA_VERSION
        old_token = self.target.on_disk_token()
        committed = self.target.committed_data()
        old_log = list(committed.get("log", []))
        self.data["log"], written = catalog_log.append(self.catalog_dir, self.generation, old_log, committed, self.data)
        # The documents as written, their columns compressed until asked for,
        # instead of the lists and spools this transaction built.
        for doc in self.data["catalog"].values():
            if isinstance(doc, RowSpool):
                doc.close()
        self.data["catalog"].update((k, doc) for k, doc in written["catalog"].items() if doc is not None)
        self.meta["n_articles"] = [catalog_rows(self.data["catalog"]), self.generation]
        main = {"_meta": self.data["_meta"], "log": self.data["log"]}
        self._check_still_there()
        atomic_write(self.target.path, dumps(main))  # the commit point
        self.committed = True
        self.target.adopt(self.data)
        remove_shards_except(self.shard_dir, set(self.meta["shards"].values()) | set(previous.values()))
        # The previous log's segments stay for readers that read its main file.
        catalog_log.remove_segments_except(self.catalog_dir, {e[0] for e in (*old_log, *self.data["log"])})
        spool, self.index_spool = self.index_spool, IndexSpool(self.shard_dir)
        series, self.series_spool = self.series_spool, SeriesSpool(self.target.dir / "series")
        hand_over(spool, self.target, old_token, self.added_ids, self.removed_ids, series)

    def _check_still_there(self) -> None:
        """Raise StoreMoved when the store this transaction began on is no
        longer where it was (its folder renamed or removed while we wrote):
        its shard files are then "missing" and the commit would make its
        folders again and write there a main file naming files that are
        elsewhere — a broken second store.  Checked before each write that
        would make a folder again, and at the commit point."""
        if self.was_there and not self.target.path.exists():
            raise store_moved(self.target.path)

    def reached_disk(self) -> bool | None:
        """Whether the main file on disk is this transaction's: an interrupt
        can land after the rename (in the directory fsync) but before
        ``committed`` is set.  None when it cannot be told."""
        try:
            return meta_of(read_main(self.target.path)).get("generation") == self.generation
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
        self.index_spool.close()
        self.series_spool.close()
        generation = meta_of(self.target.committed_data())["generation"]
        remove_uncommitted_shards(self.shard_dir, generation)
        catalog_log.remove_uncommitted_segments(self.catalog_dir, generation)
        remove_stale_temp_files(self.shard_dir)
        remove_stale_temp_files(self.catalog_dir)
        remove_stale_temp_files(self.target.path.parent)


def _working_copy(data: MainData) -> MainData:
    """The committed state for a transaction to change: its own tables and
    meta, sharing the records (a transaction replaces a source or catalog
    record, never edits one in place, which is also how the commit tells
    what changed: store.db.catalog_log.changes)."""
    copy: MainData = {"_meta": loads(dumps(data["_meta"])), "sources": dict(data["sources"]),
                      "catalog": dict(data["catalog"])}
    if "log" in data:
        copy["log"] = list(data["log"])
    return copy
