"""The factdesk store on a PostgreSQL server: the same API and results as
the TinyDB store, for teams sharing one archive.

Reads go through one autocommit connection (each statement sees the latest
commit; psycopg serialises the app's worker threads on it).  Writes take a
connection of their own, one transaction per source file (store.pg.writer).
Another process's commits arrive as notifications on a listening connection,
so ``changed_on_disk`` is a non-blocking poll of that socket.
"""

from __future__ import annotations

import functools
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import orjson

from store.pg.connect import ServerError, _cause, connect, display_url, server_errors
from store.pg.schema import CHANNEL
from store.pg.shared import with_sources
from store.records import Article, CatalogEntry, Fact, SearchResults, SourceRecord
from store.series import Conflict, SeriesRow, UnitTotal

T = TypeVar("T")
ProgressFn = Callable[[str, int, int | None], None]
CATALOG_SQL = ("SELECT id, title, date, publication, source_file, ord, n_facts, n_chars "
               "FROM articles ORDER BY source_file, source_key, ord")


def guarded(method: Callable[..., T]) -> Callable[..., T]:
    """Run a reading store method with psycopg's errors turned into
    StoreErrors.  A connection the server dropped (a restart, an idle
    timeout) is opened again and the read tried once more, on a new
    snapshot; when that fails too, the error names the server and why."""

    @functools.wraps(method)
    def wrapper(self: PgStore, *args: Any, **kwargs: Any) -> T:
        import psycopg

        with server_errors(self.path):
            try:
                return _run(self, method, args, kwargs)
            except psycopg.Error:
                if not self._conn.closed:
                    raise
            return _run(self, method, args, kwargs)

    return wrapper


def _run(store: PgStore, method: Callable[..., T], args: Any, kwargs: Any) -> T:
    import psycopg

    if store._conn.closed:
        store._conn = reading_connection(connect(store.url))
        store._generation = store._current_generation()
    try:
        return method(store, *args, **kwargs)
    except psycopg.Error:
        if not store._conn.closed:
            store._conn.rollback()  # an aborted snapshot is unusable: the next read takes a new one
        raise


def reading_connection(conn: Any) -> Any:
    """Reads see one snapshot, from the first read until ``reload`` (the
    state read until reload, as with the file store), and never block or
    are blocked by writers."""
    import psycopg

    conn.autocommit = False
    conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
    conn.read_only = True
    return conn


class PgStore:
    """An open factdesk store in a PostgreSQL database."""

    def __init__(self, url: str, conn: Any) -> None:
        self.url = url
        self.path = display_url(url)
        self._conn = reading_connection(conn)
        self._listener: Any = None
        self._writer_conn: Any = None
        self._lookup: Any = None
        self._lookup_generation = -1
        self._lookup_lock = threading.Lock()
        row = conn.execute("SELECT store_id, generation FROM factdesk_state").fetchone()
        if row is None:  # its one row deleted by hand: "internal error: TypeError" (exit 70) before
            from store.pg.connect import schema_damaged

            conn.close()
            raise schema_damaged(self.path, "the factdesk_state table has no row")
        self._store_id, self._generation = row[0], int(row[1])
        self._announced = self._generation   # the newest commit a notification told of

    def close(self) -> None:
        for conn in (self._conn, self._listener, self._writer_conn):
            if conn is not None:
                conn.close()

    def _current_generation(self) -> int:
        row = self._conn.execute("SELECT generation FROM factdesk_state").fetchone()
        if row is None:
            from store.pg.connect import schema_damaged

            raise schema_damaged(self.path, "the factdesk_state table has no row")
        return int(row[0])

    @property
    def token(self) -> str:
        return f"{self._store_id}:{self._generation}"

    # ------------------------------------------------------------ reading

    @guarded
    def catalog(self) -> list[CatalogEntry]:
        """Article summaries in page order (source, then position)."""
        return [
            {"id": aid, "title": title, "date": date, "publication": pub, "source": source, "order": order,
             "n_facts": n_facts, "n_chars": n_chars}
            for aid, title, date, pub, source, order, n_facts, n_chars in self._conn.execute(CATALOG_SQL)
        ]

    @guarded
    def sources(self) -> list[SourceRecord]:
        return [orjson.loads(r[0]) for r in self._conn.execute("SELECT record::text FROM sources ORDER BY file, key")]

    @guarded
    def counts(self) -> dict[str, int]:
        row = self._conn.execute(
            "SELECT (SELECT count(*) FROM sources), count(*), coalesce(sum(n_facts), 0) FROM articles").fetchone()
        return {"sources": int(row[0]), "articles": int(row[1]), "facts": int(row[2])}

    @guarded
    def article(self, article_id: str) -> Article | None:
        row = self._conn.execute("SELECT record::text FROM articles WHERE id = %s", (article_id,)).fetchone()
        return with_sources(orjson.loads(row[0])) if row else None

    @guarded
    def facts(self, article_id: str | None = None, kind: str | None = None) -> list[Fact]:
        """Facts of one article, or of every article in page order."""
        where, params = [], []
        if article_id is not None:
            where.append("f.article_id = %s")
            params.append(article_id)
        if kind is not None:
            where.append("f.kind = %s")
            params.append(kind)
        sql = (f"SELECT f.record::text FROM facts f JOIN articles a ON a.id = f.article_id "
               f"WHERE {' AND '.join(where) or 'true'} ORDER BY a.source_file, a.source_key, a.ord, f.ord")
        return [orjson.loads(r[0]) for r in self._conn.execute(sql, params)]

    def each_fact(self, kind: str | None = None) -> Iterator[Fact]:
        """Every fact in page order, streamed like ``articles``."""
        where = "WHERE f.kind = %s" if kind is not None else ""
        with server_errors(self.path), self._conn.cursor(name=f"facts_{uuid.uuid4().hex[:8]}") as cur:
            cur.itersize = 2000
            cur.execute(f"SELECT f.record::text FROM facts f JOIN articles a ON a.id = f.article_id {where} "
                        "ORDER BY a.source_file, a.source_key, a.ord, f.ord", (kind,) if kind is not None else ())
            for (record,) in cur:
                yield orjson.loads(record)

    def articles(self) -> Iterator[Article]:
        """Every article in page order, streamed (a server-side cursor in
        the store's snapshot)."""
        with server_errors(self.path), self._conn.cursor(name=f"articles_{uuid.uuid4().hex[:8]}") as cur:
            cur.itersize = 500
            cur.execute("SELECT record::text FROM articles ORDER BY source_file, source_key, ord")
            for (record,) in cur:
                yield with_sources(orjson.loads(record))

    @guarded
    def copy_plans(self) -> list[Any]:
        """Each source with the articles it owns and holds too, in the
        order the sources were stored (for ``copy``: store.pg.copy_read)."""
        from store.pg.copy_read import pg_plans

        return pg_plans(self._conn)

    @guarded
    def articles_with_facts(self, ids: list[str]) -> dict[str, tuple[Article, list[Fact]]]:
        """Id → (article, its facts) of those of ``ids`` stored, in one query."""
        from store.pg.copy_read import PG_ARTICLES_SQL

        return {aid: (with_sources(orjson.loads(record)), orjson.loads(facts))
                for aid, record, facts in self._conn.execute(PG_ARTICLES_SQL, (ids,))}

    # ------------------------------------------------------------ change detection

    def _listen(self) -> bool:
        """Listen for commits; True when listening started just now (so
        notifications before it were missed)."""
        if self._listener is not None and not self._listener.closed:
            return False
        self._listener = connect(self.url)
        self._listener.execute(f"LISTEN {CHANNEL}")
        return True

    def _drain(self, timeout: float) -> None:
        for note in self._listener.notifies(timeout=timeout, stop_after=1 if timeout else None):
            if note.payload.isdigit():
                self._announced = max(self._announced, int(note.payload))

    @guarded
    def changed_on_disk(self) -> bool:
        """True when another process has committed since our snapshot: the
        notifications that arrived, else (one may still be in flight) one
        single-row read of the committed generation."""
        if not self._listen():
            self._drain(0)
        if self._announced <= self._generation:
            row = self._listener.execute("SELECT generation FROM factdesk_state").fetchone()
            self._announced = max(self._announced, int(row[0]))
        return self._announced > self._generation

    @guarded
    def wait_for_change(self, timeout: float) -> bool:
        """Block until a commit newer than our snapshot is announced, or
        ``timeout`` seconds pass: for a UI worker that refreshes on push."""
        if self._listen() and self.changed_on_disk():
            return True
        self._drain(timeout)
        return self._announced > self._generation

    def _new_snapshot(self) -> None:
        self._conn.rollback()
        self._generation = self._current_generation()

    @guarded
    def reload(self) -> None:
        """Read the committed state again (a new snapshot)."""
        self._listen()
        self._new_snapshot()

    # ------------------------------------------------------------ writing

    @contextmanager
    def writing(self) -> Iterator[Any]:
        """One write transaction under the write lock: committed when the
        block ends without error, rolled back otherwise."""
        from store.pg.writer import CommitUnknown, PgWriter, begin_write, commit_outcome

        import psycopg

        with server_errors(self.path):
            if self._writer_conn is None or self._writer_conn.closed:
                self._writer_conn = connect(self.url)
            conn = self._writer_conn
            committing = False
            try:
                with conn.transaction():
                    xid = begin_write(conn)
                    writer = PgWriter(conn)
                    yield writer
                    committing = True
            except psycopg.errors.InsufficientPrivilege as err:  # a read-only role: reads work, say so
                raise ServerError(f"{self.path}: this user may read the store but not write it ({_cause(err)}); "
                                  f"writing needs a user with INSERT, UPDATE and DELETE on its tables") from None
            except psycopg.OperationalError as err:
                # The connection lost while COMMIT was on its way (the server
                # stopped, the network dropped its reply): the commit may
                # have happened.  "Not saved" of a saved file was a wrong
                # report; the server knows, by the transaction's id.
                if not (committing and conn.closed and writer.changed):
                    raise
                outcome = commit_outcome(self.url, xid)
                if outcome == "aborted":
                    raise
                if outcome != "committed":
                    raise CommitUnknown(f"{self.path}: {_cause(err)}; the connection was lost during the commit "
                                        f"and the server cannot say now whether it was saved") from None
            writer.committed = True
            if writer.changed:
                self._new_snapshot()

    def ingest(self, paths: Iterable[Any], progress: ProgressFn | None = None) -> Any:
        return self.ingest_paths(paths, progress)

    def ingest_paths(self, paths: Iterable[Any], progress: ProgressFn | None = None, *,
                     build_index: bool = True) -> Any:
        """Ingest files and directories through the shared pipeline: each
        file its own transaction; a file that cannot be used is reported."""
        from store.ingest.pipeline import ingest_paths

        return ingest_paths(self, paths, progress, build_index=build_index)

    def reseed(self, progress: ProgressFn | None = None, *, build_index: bool = True) -> Any:
        from store.ingest.pipeline import reseed

        return reseed(self, progress, build_index=build_index)

    # ------------------------------------------------------------ search

    def pinyin_words(self, latin: str) -> list[str]:
        """Chinese words of the archive spelled by ``latin``."""
        from store.pg.vocab import load_lookup

        with self._lookup_lock:
            generation = self._current_generation()
            if self._lookup is None or self._lookup_generation != generation:
                self._lookup = load_lookup(self._conn)
                self._lookup_generation = generation
            lookup = self._lookup
        return lookup.words(latin)

    @guarded
    def prepare_search(self) -> None:
        """Warm-up for the app: load the pinyin vocabulary (the SQL indexes
        need nothing)."""
        self.pinyin_words("a")

    def index_after_writes(self) -> None:
        """After an ingest or a copy: the SQL indexes are kept by their
        commits; the vocabulary is loaded, as prepare_search does."""
        self.prepare_search()

    def search_index(self) -> PgStore:
        self.prepare_search()
        return self

    @guarded
    def search(self, query: Any, *, limit: int = 50, kind: str | None = None, facts: bool = True,
               detail: int | None = 200) -> SearchResults:
        from store.pg.query_run import run_search

        return run_search(self, query, limit=limit, kind=kind, facts=facts, detail=detail)

    @guarded
    def hit_spans(self, text: str, query: Any) -> list[tuple[int, int]]:
        from store.search.highlight import hit_spans

        return [(start, end) for start, end in hit_spans(text, query, self)]

    # ------------------------------------------------------------ series
    # SQL over the facts table's series columns (store.pg.series).

    @guarded
    def series(self, query: Any) -> list[SeriesRow]:
        from store.pg import series

        return series.series(self._conn, query)

    @guarded
    def conflicts(self, query: Any = None) -> list[Conflict]:
        from store.pg import series

        return series.conflicts(self._conn, query)

    @guarded
    def totals(self, query: Any) -> list[UnitTotal]:
        from store.pg import series

        return series.totals(self, self._conn, query)

    # ------------------------------------------------------------ checking

    @guarded
    def check(self, fix: bool = False) -> list[str]:
        from store.pg.check import check_store

        return check_store(self, fix)
