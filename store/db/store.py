"""The factdesk store on TinyDB documents, split the way the app reads them.

Layout on disk, for a store at ``factdesk.json``::

    factdesk.json            main file: _meta, sources, catalog (titles,
                             dates, counts: all the article list needs)
    factdesk.json.lock       the single-writer lock
    factdesk.json.d/shards/  TinyDB files NNN.gG.json.zst (compressed) holding the articles
                             and facts tables of 1/256 of the articles
    factdesk.json.d/index/   the search index

The modules beside this one each do one part: ``schema`` (the main file),
``catalog`` (views of it), ``shards`` (reading shard files), ``transaction``
(the lock and the atomic commit), ``indexing`` (the search index's
lifecycle) and ``check``.  This module is the reading side and the glue.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from store.db.catalog import CatalogView
from store.db.first_launch import create_and_seed, finish_first_seed
from store.db.indexing import IndexDoc, IndexKeeper, index_doc
from store.db.schema import (
    SCHEMA_VERSION,
    MainData,
    StoreMeta,
    empty_main,
    meta_of,
    read_main,
)
from store.db.shards import SHARD_CACHE, ShardCache, ShardData, shard_key
from store.db.side_build import (
    SIDE_BUILD_MIN_ARTICLES,
    build_series_from_rows,
    build_series_only,
    builds_aside,
    series_built_aside,
)
from store.errors import CorruptStoreError, DamagedCatalogError, os_error
from store.paths import default_store_path, sidecar_dir
from store.records import (
    Article,
    CatalogEntry,
    Counts,
    Fact,
    IngestReport,
    ProgressFn,
    SearchHit,
    SearchResults,
    SourceRecord,
)
from store.series import SeriesKeeper
from store.series.reads import SeriesReads

if TYPE_CHECKING:
    from store.db.index_spool import SpooledRows, SpoolReader
    from store.db.transaction import Transaction
    from store.search.article_fields import ArticleFields
    from store.search.index import SearchIndex
    from store.search.pinyin import VocabRuns
    from store.search.prepared import PreparedDoc
    from store.search.query import Query

__all__ = ["SCHEMA_VERSION", "Store", "open_store", "read_main"]


class Store(SeriesReads):
    """An open factdesk store.  Reads are lock-free; writes take the lock."""

    # This process seeded the store (store.db.first_launch) and has not built
    # its search index yet: as the writer of the seed it builds it, which no
    # reader does (store.db.indexing).
    index_owed = False

    def __init__(self, path: Path, data: MainData, *, on_disk: bool = True) -> None:
        self.path = path
        self.dir = sidecar_dir(path)
        self._data = data
        self._stat = self._stat_key() if on_disk else None
        self._catalog = CatalogView(data)
        self._shards = ShardCache(self._shard_path, self.refresh_if_changed, expected=self._shard_sum)
        self._indexer = IndexKeeper(self, self._index_docs, self._prepared_docs)
        self._series = SeriesKeeper(self.dir / "series", lambda: self.token, self._series_docs, self._series_rows,
                                    self.article_numbers, self.next_article_number)

    # ------------------------------------------------------------ state

    @property
    def meta(self) -> StoreMeta:
        return meta_of(self._data)

    @property
    def token(self) -> str:
        """Identifies this store's committed state (for the search index)."""
        return f"{self.meta['store_id']}:{self.meta['generation']}"

    def committed_data(self) -> MainData:
        return self._data

    def on_disk_token(self) -> str | None:
        """The token of the state on disk, None before the first commit."""
        return self.token if self._stat is not None else None

    def adopt(self, data: MainData) -> None:
        """Move to a newly read or committed main file."""
        self._data = data
        self._stat = self._stat_key()
        self._shards.clear()
        self._catalog = CatalogView(data)

    def article_numbers(self) -> dict[str, int]:
        """Each article's number (from the counter a commit advances: a
        replaced article gets a new one), for the search index."""
        return {aid: number for aid, (number, _) in self._catalog.by_id.items()}

    def next_article_number(self) -> int:
        return self.meta["next_doc"]

    def _shard_sum(self, shard: int) -> list | None:
        return self.meta.get("shard_sums", {}).get(shard_key(shard))

    def _shard_path(self, shard: int) -> Path | None:
        name = self.meta["shards"].get(shard_key(shard))
        return self.dir / "shards" / name if name else None

    # ------------------------------------------------------------ reading

    def catalog(self) -> list[CatalogEntry]:
        """Article summaries in page order (source, then position)."""
        return self._catalog.entries()

    def sources(self) -> list[SourceRecord]:
        return self._catalog.sources()

    def counts(self) -> Counts:
        return self._catalog.counts()

    def article(self, article_id: str) -> Article | None:
        entry = self._catalog.by_id.get(article_id)
        if entry is None:
            return None
        doc_id, shard_no = entry
        record = self._shards.get(shard_no).get("articles", {}).get(str(doc_id))
        return as_article(record) if record is not None else None

    def facts(self, article_id: str | None = None, kind: str | None = None) -> list[Fact]:
        """Facts of one article, or of every article in page order."""
        if article_id is None:
            return list(self.each_fact(kind))
        entry = self._catalog.by_id.get(article_id)
        if entry is None:
            return []
        doc_id, shard_no = entry
        holder = self._shards.get(shard_no).get("facts", {}).get(str(doc_id))
        return [f for f in (holder["facts"] if holder else ()) if kind is None or f.get("kind") == kind]

    def each_fact(self, kind: str | None = None) -> Iterator[Fact]:
        for _, holder in self._records("facts"):
            for fact in holder["facts"]:
                if kind is None or fact.get("kind") == kind:
                    yield fact

    def articles(self) -> Iterator[Article]:
        """Every article in page order."""
        for _, article in self._records("articles"):
            yield as_article(article)

    def _records(self, table: str, chunk: int = 20_000) -> Iterator[tuple[str, Any]]:
        """(id, record) of every article in page order.  Page order jumps
        between shards, so a chunk of the order is read shard by shard, each
        shard once, instead of thrashing the small shard cache."""
        ids = [doc["id"] for doc in self.catalog()]
        for start in range(0, len(ids), chunk):
            part = ids[start:start + chunk]
            found = {}
            for shard, members in self._catalog.by_shard(part).items():
                records = self._shards.peek(shard).get(table, {})
                for aid, key in members:
                    record = records.get(key)
                    if record is not None:
                        found[aid] = record
            for aid in part:
                if aid in found:
                    yield aid, found[aid]

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
        """Read the committed state again (after ``changed_on_disk``)."""
        self.adopt(read_main(self.path))
        self._indexer.index = None

    def refresh_if_changed(self) -> bool:
        if self.changed_on_disk():
            self.reload()
            return True
        return False

    # ------------------------------------------------------------ writing

    @contextmanager
    def writing(self) -> Iterator[Transaction]:
        """A transaction under the write lock: committed when the block ends
        without error, discarded otherwise."""
        from store.db.transaction import (
            write_transaction,  # writers only (TinyDB, the commit)
        )

        with write_transaction(self) as tx:
            yield tx

    def index_changed(self, old_token: str | None, added: set[str], removed: set[str],
                      prepared: SpoolReader | None = None, series: SpooledRows | None = None) -> None:
        """After a commit: the search index and series table brought to its
        state.  ``prepared``: index documents its extraction workers
        prepared (store.db.index_spool), for a build from scratch, and
        ``series`` the series rows they worked out, for the table's."""
        if builds_aside(len(added), self._catalog.counts()["articles"], SIDE_BUILD_MIN_ARTICLES):
            # A large commit bringing most of the store (a first ingest): the
            # index is built now, under this commit's lock, while a second
            # process builds the series table from scratch and counts the
            # index's pinyin vocabulary.  When the extraction workers
            # prepared the index documents and worked out the series rows
            # beside them (with each article's vocabulary runs), the second
            # process builds the table from those rows and counts the runs,
            # reading no shard file, and the writer only builds the index.
            if prepared is not None and series is not None:
                with series_built_aside(self.path, job=build_series_from_rows, rows=series) as counted_vocab:
                    self._indexer.committed(old_token, added, removed)
                    if self._indexer.index is None:
                        self._indexer.rebuild_held(counted_vocab, prepared)
                return
            if prepared is not None:  # no rows (their spool could not be written): the writer counts the runs
                from store.search.pinyin import VocabRuns, vocab_bytes

                texts = VocabRuns()
                with series_built_aside(self.path, job=build_series_only):
                    self._indexer.committed(old_token, added, removed)
                    if self._indexer.index is None:
                        self._indexer.rebuild_held(lambda: vocab_bytes(texts), prepared, texts)
                return
            with series_built_aside(self.path) as counted_vocab:
                self._indexer.committed(old_token, added, removed)
                if self._indexer.index is None:
                    self._indexer.rebuild_held(counted_vocab, prepared)
            return
        everything = len(added) >= self._catalog.counts()["articles"] and self._catalog.holds_only(added)
        self._indexer.committed(old_token, added, removed)
        self._series.committed(old_token, added, removed, everything=everything)

    def ingest(self, paths: Iterable[str | Path], progress: ProgressFn | None = None, *,
               build_index: bool = True) -> IngestReport:
        """Ingest files and directories ("-" is stdin): see :func:`store.ingest.pipeline.ingest_paths`."""
        from store.ingest.pipeline import finish_after_ingest, ingest_paths

        report = ingest_paths(self, paths, progress, build_index=False)
        if build_index and report.ingested_sources:
            finish_after_ingest(report, self._after_ingest, self.path)
        return report

    def _after_ingest(self) -> None:
        self.index_after_writes()

    def index_after_writes(self) -> None:
        """For a writer, after its commits: the search index built (missing,
        damaged, foreign) or brought up to date under the write lock, and
        the series table; readers only ever read around what is missing."""
        if not self._indexer.written_for(self.token):  # an index its commits kept current is not opened for nothing
            self._indexer.bring_up_to_date()
        self.prepare_series()

    ingest_paths = ingest

    def reseed(self, progress: ProgressFn | None = None, *, build_index: bool = True) -> IngestReport:
        """Ingest the shipped seed sources again (unchanged ones stay as they are)."""
        from store.ingest.pipeline import reseed

        return reseed(self, progress, build_index=build_index)

    # ------------------------------------------------------------ search

    def search_index(self) -> SearchIndex:
        """What a search reads: the index, or a view of it with the articles
        committed since, or without one a private index (never built or
        written here: store.db.indexing)."""
        return self._indexer.current()

    def searches_pinyin(self) -> bool:
        """Whether the last search read Latin terms as pinyin: not when it had
        no usable index (a store this process cannot write, a full disk, a
        writer holding the lock) and searched a private one of every article,
        which has no pinyin vocabulary — then “try the pinyin” is no advice."""
        index = self._indexer.index
        return index is None or index.spells_pinyin

    def prepare_search(self) -> None:
        """Open the search index now (or read around what it lacks), so the
        first search is fast, and the series table (a store older than it
        builds it once).  A store this process seeded has its index built
        here (the app's first launch: after its first screen, or the next
        launch's when the first quit before)."""
        self.build_owed_index(marked=True)
        self._indexer.current()
        self._series.current(write=False)  # a reader: a missing or stale table is read around, never built here

    def build_owed_index(self, marked: bool = False) -> None:
        """Build the search index of a store this process seeded (with
        ``marked``, of one an earlier first launch seeded and left without
        it: the app quit before building it); when it cannot be (a full
        disk, another writer at work), readers search without it and say so."""
        from store.db.first_launch import index_owed_marker
        from store.errors import StoreError

        marker = index_owed_marker(self.path)
        if self.index_owed or (marked and marker.exists()):
            self.index_owed = False
            try:
                if not self._indexer.written_for(self.token):
                    self._indexer.bring_up_to_date()
                marker.unlink(missing_ok=True)
            except (StoreError, OSError):
                pass

    def index_behind_note(self) -> str | None:
        """One line when the last writer committed articles but could not
        update the search index (it left the cause: store.db.indexing.BEHIND)
        and no writer has brought it up to date since; None otherwise.  Read
        only: the marker and the index manifest."""
        from store.db.indexing import behind_cause

        cause = behind_cause(self.dir)
        if cause is None or self._indexer.written_for(self.token):
            return None
        fix = "free some space and run 'factdesk check --fix'" if "full" in cause else "run 'factdesk check --fix'"
        return (f"{self.path}: the last ingest saved its articles but could not update the search index ({cause}); "
                f"searches read the articles it lacks one by one; {fix}")

    def prepare_series(self, seen: Callable[[Article, list[Fact]], object] | None = None) -> None:
        """Open (or build) the series table of the committed state; a build
        hands each (article, facts) it reads to ``seen``."""
        self._series.current(seen)

    def prepare_series_from(self, rows: SpooledRows, texts: VocabRuns | None = None) -> bool:
        """prepare_series, a build taking the rows the extraction workers
        worked out (store.db.index_spool.SeriesSpool) instead of working
        them out of the facts in the shard files (read only for articles
        the rows lack), counting in ``texts`` the pinyin vocabulary's runs
        of every article in the order an index build reads them (the
        spooled ones as the workers found them, the others from their
        stored records).  False when it did not read the articles so: the
        spool could not be opened, or the table needed no build."""
        try:
            reader = rows.reader()
        except OSError:
            self._series.current()
            return False
        read: list[bool] = []

        def every() -> Iterator[tuple[Article, list[Fact]]]:
            read.append(True)
            return self._series_rows(reader, texts)

        self._series.current(every=every)
        return len(read) == 1

    def rebuild_index(self) -> SearchIndex:
        return self._indexer.rebuild()

    def _index_docs(self, ids: Iterable[str] | None = None) -> Iterator[IndexDoc]:
        """Index documents of every article (or of ``ids``), shard by shard:
        each shard file is read once and only one is held at a time, so a
        rebuild streams in bounded memory (the index does not depend on the
        order)."""
        for data, key in self._each_record(ids):
            article = data.get("articles", {}).get(key)
            if article is not None:
                holder = data.get("facts", {}).get(key)
                yield index_doc(article, holder["facts"] if holder else [])

    def _prepared_docs(self, spool: SpoolReader, texts: VocabRuns | None = None) -> Iterator[PreparedDoc]:
        """What ``_index_docs(None)`` gives, in its order, as prepared index
        documents (store.search.prepared): those in ``spool`` read from it,
        the others prepared from their stored records (a shard file is read
        only for those).  With ``texts``, each article's vocabulary runs are
        counted there in that order, as build_series counts them: from the
        spool's document, or from the stored record when it carries none."""
        import zstandard

        from store.search.prepared import Normalised, prepare_doc, unpack

        decompress = zstandard.ZstdDecompressor().decompress
        normalised = Normalised()
        groups = self._catalog.keys_by_shard()
        read = self._shard_reader(len(groups))
        for shard, keys in groups:
            data: ShardData | None = None
            for key in keys:
                packed = spool.get(int(key))
                if packed is not None:
                    doc = unpack(packed, decompress)
                    if texts is None or doc.vocab is not None:
                        if texts is not None:
                            texts.add_runs(*doc.vocab)
                        yield doc
                        continue
                if data is None:
                    data = read(shard)
                article = data.get("articles", {}).get(key)
                if article is not None:
                    holder = data.get("facts", {}).get(key)
                    facts = holder["facts"] if holder else []
                    if texts is not None:
                        texts.add_article(as_article(article), facts)
                    yield doc if packed is not None else prepare_doc(index_doc(article, facts), normalised)

    def _each_record(self, ids: Iterable[str] | None) -> Iterator[tuple[ShardData, str]]:
        """(shard data, document key) of every article (or of ``ids``),
        shard by shard; a pass over every article groups them by shard from
        compact arrays, not from a map of every id."""
        catalog = self._catalog
        if ids is None:
            groups = catalog.keys_by_shard()
        else:
            found = catalog.by_shard(list(ids), few=True)
            groups = [(shard, [key for _, key in members]) for shard, members in sorted(found.items())]
        read = self._shard_reader(len(groups))
        for shard, keys in groups:
            data = read(shard)
            for key in keys:
                yield data, key

    def search(self, query: str | Query, *, limit: int = 50, kind: str | None = None, facts: bool = True,
               detail: int | None = 200) -> SearchResults:
        """Ranked search.  Each result has the ids of its matching facts
        (``fact_ids``) and, with ``facts``, the fact records themselves.

        Records live in the shards, so resolving them for hundreds of
        results reads many shard files; the app asks for ids only and reads
        the facts of the article it shows."""
        result: SearchResults = self.search_index().search(query, limit=limit, kind=kind, detail=detail,
                                                           fields=self._article_fields())
        if self._indexer.unsearched():  # said on stderr; the answer says it too
            result["partial"] = True
        hits = result["results"]
        for hit in hits:
            hit["fact_ids"] = list(hit.get("fact_ids") or [])
            hit["facts"] = []
        if facts:
            unreadable: list[str] = []
            self._resolve_facts(hits, unreadable)
            if unreadable:  # the results stand (the index holds them); only those facts are missing
                result["unreadable"] = unreadable
        return result

    def _article_fields(self) -> ArticleFields:
        """The publication and source files of each article, for pub: and
        source: (read from the catalog on first use, once per catalog)."""
        from store.search.article_fields import ArticleFields

        catalog = self._catalog
        kept = getattr(self, "_fields", None)
        if kept is None or kept[0] is not catalog:
            kept = self._fields = (catalog, ArticleFields(catalog.article_sources))
        return kept[1]

    # ------------------------------------------------------------ series


    def _series_docs(self, ids: Iterable[str] | None = None) -> Iterator[tuple[Article, list[Fact]]]:
        """(article, facts) of every article (or of ``ids``), shard by shard."""
        for data, key in self._each_record(ids):
            article = data.get("articles", {}).get(key)
            if article is not None:
                holder = data.get("facts", {}).get(key)
                yield as_article(article), holder["facts"] if holder else []

    def _series_rows(self, spool: SpoolReader | None = None,
                     texts: VocabRuns | None = None) -> Iterator[tuple[Article, list[Fact]]]:
        """What ``_series_docs(None)`` gives a series table, in its order,
        each article as the id, title, date and publication its catalog row
        holds (its record's own: store.db.transaction writes both from it).
        Only the shards' facts blocks are decoded: the articles' blocks, most
        of a shard's bytes for their bodies, are only asked whether they hold
        the key (a shard file's header says so).  An article whose series
        rows ``spool`` holds (the extraction workers' of a first ingest,
        store.series.prepared) comes with them in place of its facts, and
        a shard whose articles it all holds is not read: those articles
        were written by the commit that spooled them.  With ``texts``,
        each article's vocabulary runs are counted there (see
        prepare_series_from)."""
        from store.series.prepared import unpack_series

        groups = self._catalog.rows_by_shard()
        read = self._shard_reader(len(groups))
        for shard, rows in groups:
            data: ShardData | None = None
            for key, aid, title, date, publication in rows:
                article = {"id": aid, "title": title, "date": date, "publication": publication}
                packed = spool.get(int(key)) if spool is not None else None
                if packed is not None:
                    found, runs = unpack_series(packed)
                    if texts is not None:
                        texts.add_runs(*runs)
                    yield article, found  # type: ignore[misc]
                    continue
                if data is None:
                    data = read(shard)
                articles = data.get("articles", {})
                if key in articles:
                    holder = data.get("facts", {}).get(key)
                    facts = holder["facts"] if holder else []
                    if texts is not None:
                        texts.add_article(as_article(articles[key]), facts)
                    yield article, facts  # type: ignore[misc]

    def _shard_reader(self, n_shards: int) -> Callable[[int], ShardData]:
        """How a pass over ``n_shards`` shards reads them: through the cache
        when they fit in it (a commit's index and series updates then parse
        the shard it wrote once), else without filling it."""
        return self._shards.get if n_shards <= SHARD_CACHE else self._shards.peek

    def hit_spans(self, text: str, query: str | Query) -> list[tuple[int, int]]:
        """Where a query hits a text, for highlighting; pinyin terms are
        resolved through the index when it is open (never built here: this
        runs as the reader draws)."""
        from store.search.highlight import hit_spans

        return [(start, end) for start, end in hit_spans(text, query, self._indexer.index)]

    def _resolve_facts(self, hits: Iterable[SearchHit], unreadable: list[str]) -> None:
        """Fill each hit's ``facts`` from its ``fact_ids``, shard by shard:
        found by article id in the shard files (the catalog, which a large
        store takes long to index by id, only for shards of an earlier layout).
        A damaged shard file is said in ``unreadable`` and its hits keep no
        facts: one damaged file took the whole answer with it."""
        by_id = {hit["article_id"]: hit for hit in hits if hit["fact_ids"]}
        found, rest = self._shards.facts_by_id(by_id, unreadable)
        for shard, members in self._catalog.by_shard(rest).items() if rest else ():
            try:
                holders = self._shards.peek(shard).get("facts", {})
            except CorruptStoreError as err:
                unreadable.append(str(err))
                continue
            for aid, key in members:
                holder = holders.get(key)
                found[aid] = holder["facts"] if holder else []
        for aid, facts in found.items():
            wanted = set(by_id[aid]["fact_ids"])
            by_id[aid]["facts"] = [f for f in facts if f["id"] in wanted]

    # ------------------------------------------------------------ checking

    def check(self, fix: bool = False) -> list[str]:
        """Verify shards, catalog, facts and index; return the problems found
        (and, with ``fix``, rebuild damaged shard files and a stale index,
        with notes of what was rebuilt and what was lost)."""
        from store.db.repair import repair_shards
        from store.db.shards import rewrite_earlier_layouts

        notes = repair_shards(self) if fix else []
        if fix:
            rewrite_earlier_layouts(self)
        from store.db.check import check_store

        return notes + check_store(self, self._catalog, self._shards, self._indexer, fix)


def as_article(record: Any) -> Article:
    """A stored article record as handed out: records stored before articles
    listed their sources have their one source as the list."""
    article = Article(**record)
    if "sources" not in article:
        article["sources"] = [article["source"]]
    return article


def resolve_store_path(path: Path) -> Path:
    """The store file a path leads to.  A store reached through a symbolic
    link is the file the link points to: its side folder and lock sit beside
    that file, and a commit replaces that file, never the link (which would
    cut the link's store off from the real one).  A link among the folders
    on the way is resolved once, here, too: a link re-pointed while a
    command wrote (`--db current/f.json`, then `ln -sfn` to another store)
    sent the rest of the writes, the lock and the sweep of unnamed shard
    files into the other store, which lost most of its articles."""
    try:
        if path.is_symlink():
            return Path(os.path.realpath(path))
        real_parent = os.path.realpath(path.parent)
    except OSError as err:  # a name too long, a folder on the way that is a file …
        raise os_error(err, path, "cannot open the store") from None
    if real_parent == os.path.abspath(path.parent):  # no link on the way: the path as the user wrote it
        return path
    return Path(real_parent) / path.name


def open_store(path: str | Path | None = None, *, seed: bool = True, defer_catalog: bool = False,
               index_later: bool = False) -> Store:
    """Open the store at ``path`` (default: $FACTDESK_DB or the user data
    directory).  A missing store is created and, with ``seed``, seeded from
    the shipped sources, and its search index built (with ``index_later``
    by ``prepare_search``: the app's, after its first screen); a corrupt one
    raises CorruptStoreError untouched.  With ``defer_catalog`` the catalog
    is read when first used (store.db.deferred_catalog), and its errors are
    raised then."""
    from store.db.deferred_catalog import read_main_deferred

    store_path = resolve_store_path(Path(path).expanduser() if path is not None else default_store_path())
    if store_path.is_dir():
        # (a folder of two letters, --db ~/db, has no owner: with_name('') was an internal error)
        owner = store_path.with_name(store_path.name[:-2]) if len(store_path.name) > 2 else None
        if store_path.name.endswith(".d") and owner is not None and owner.is_file():
            raise CorruptStoreError(f"{store_path}: is the folder of the store {owner}; pass that file")
        side = store_path.parent / (store_path.name + ".d")  # ('/' and '.' have no name: with_name fails)
        if store_path.name and (side / "shards").is_dir():
            # The store's own folder is beside it: the main file was replaced by a folder,
            # and a store file inside it would be a new, empty store.
            raise CorruptStoreError(f"{store_path}: is a directory where the store's main file should be (its folder "
                                    f"{side} is beside it); it was left as it is: move it away, then run "
                                    f"'factdesk check --fix' to list the articles again from the shard files")
        raise CorruptStoreError(f"{store_path}: is a directory; pass a store file such as {store_path / 'factdesk.json'}")
    if store_path.exists() and not store_path.is_file():  # a FIFO would block the read for ever
        raise CorruptStoreError(f"{store_path}: not a regular file (a device, pipe or socket); pass a store file")
    try:
        data = read_main_deferred(store_path) if defer_catalog else read_main(store_path)
    except DamagedCatalogError as err:
        from store.db.rebuild_catalog import with_fix_hint

        raise with_fix_hint(err, store_path) from None
    except FileNotFoundError:
        from store.db.rebuild_catalog import refuse_orphaned_shards

        refuse_orphaned_shards(store_path)
        try:
            store_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise os_error(err, store_path.parent, "cannot create directory") from None
        store = Store(store_path, empty_main(), on_disk=False)
        create_and_seed(store, store_path, seed)
    else:
        store = Store(store_path, data)
        if seed:
            finish_first_seed(store, store_path)  # a seeding killed on a first launch
    if not index_later:
        store.build_owed_index()
    return store
