"""Extracting facts on several cores, in bounded memory.

Fact extraction is the CPU-heavy part of an ingest; the writing stays in
the one process that holds the store's write lock.  :class:`Extractor`
sends batches of articles to a process pool (forkserver: workers start
clean, without the parent's memory or threads) and hands the results back
in input order.  A budget bounds what is in flight, counting records as
well as characters, so memory stays flat whatever the number or size of
the records.  A file too small to pay for starting workers is extracted in
this process.

With ``prepare`` (a large first ingest, whose commit builds the search
index from scratch) a worker also works out each article's content key and
its share of the search index (store.search.prepared) while it has the
article and its facts, and encodes the facts as the store's shard files
hold them: they come back as :class:`ExtractedFacts`, bytes rather than
objects, and the writer copies them into its shard blocks and assembles the
index from the prepared documents instead of unpickling, encoding, reading
back and preparing every article itself.  The worker also works out the
article's rows of the series table (store.series.prepared), which the
commit's series build inserts instead of reading every article's facts back.

An extractor error on one record is that record's problem (it is stored
without facts, with one line in the report).  A worker that dies (a crash,
the kernel's OOM killer) costs its batch a retry one record at a time in a
fresh pool; a record that kills a worker again is reported the same way.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Self

from store.records import Article, Fact

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

# In flight at once, all batches together: records and characters of text.
BUDGET_RECORDS = 2_000
BUDGET_CHARS = 4_000_000
# One batch: enough work to pay for its round trip, small enough to spread.
BATCH_RECORDS = 64
BATCH_CHARS = 200_000
# Fewer articles than this in a file are extracted in this process: a pool's
# start-up (a forkserver and workers importing the extractor) costs more.
POOL_MIN_ARTICLES = 300
# A file of this many articles lets its workers go once its facts are all
# extracted: its commit (shards, search index, series table) runs long and
# is better off with their memory; a next file starts workers again, which
# costs about a CPU-second against minutes of work.
RELEASE_AFTER_ARTICLES = 10_000
# New container objects between two passes of a worker's garbage collector
# over the young ones (Python's default: 700; see _worker_init).
WORKER_GC_YOUNG = 10_000
# How often a wait for a batch looks whether the pool can still answer it.
POOL_CHECK_SECONDS = 1.0

Outcome = list[Fact] | str  # the facts (or ExtractedFacts), or why they could not be extracted


class ExtractedFacts:
    """An article's facts as a worker hands them to a large first ingest's
    writer: their JSON as the store's shard files hold it (``packed``,
    store.db.storage.dumps: the writer copies the bytes into its shard
    blocks, where unpickling thousands of small dicts and encoding them
    again was most of its share of the extraction), how many there are, and
    what the worker prepared beside them: the article's content key
    (store.ingest.content_key) and its packed search-index document
    (store.search.prepared, carrying the Han runs the pinyin vocabulary
    counts of the article; None when it could not be prepared).  It reads as
    the list of facts (len, iteration, ``facts()``), decoded when asked."""

    __slots__ = ("content_key", "count", "packed", "prepared", "series")

    def __init__(self, facts: list[Fact], content_key: str | None = None, prepared: bytes | None = None,
                 series: bytes | None = None) -> None:
        from store.db.storage import dumps

        self.packed = dumps(facts)
        self.count = len(facts)
        self.content_key = content_key
        self.prepared = prepared
        self.series = series

    def facts(self) -> list[Fact]:
        from store.db.storage import loads

        return loads(self.packed)

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[Fact]:
        return iter(self.facts())

    def __eq__(self, other: object) -> bool:
        return self.facts() == (other.facts() if isinstance(other, ExtractedFacts) else other)

    __hash__ = None  # type: ignore[assignment]  (compared as the list it stands for)

    def __repr__(self) -> str:
        return f"ExtractedFacts({self.facts()!r})"

    def __reduce__(self) -> tuple:
        return _extracted, (self.packed, self.count, self.content_key, self.prepared, self.series)


def _extracted(packed: bytes, count: int, key: str | None, prepared: bytes | None,
               series: bytes | None = None) -> ExtractedFacts:
    """An ExtractedFacts as pickled (its facts stay bytes)."""
    extracted = ExtractedFacts.__new__(ExtractedFacts)
    extracted.packed, extracted.count, extracted.content_key, extracted.prepared = packed, count, key, prepared
    extracted.series = series
    return extracted


def default_jobs() -> int:
    """Worker processes: $FACTDESK_JOBS, else the CPUs this process may use."""
    try:
        wanted = int(os.environ.get("FACTDESK_JOBS") or 0)
    except ValueError:
        wanted = 0
    if wanted > 0:
        return wanted
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def facts_or_reason(article: Article) -> Outcome:
    """The article's facts, or one line saying why the extractor failed."""
    try:
        return facts_of(article)
    except Exception as err:  # noqa: BLE001  (a bug in the extractor must not cost the rest of an archive)
        return f"facts could not be extracted ({type(err).__name__}: {err})"


def facts_of(article: Article) -> list[Fact]:
    """The article's facts, as the extractor finds them."""
    from store.facts import article_facts

    if article.get("title_derived"):
        # The title was made from the first sentence: its figures are
        # already facts of the body.
        return article_facts({**article, "title": ""})
    return article_facts(dict(article))


def extract_batch(articles: list[Article], prepare: bool = False) -> list[Outcome]:
    """A worker's job: the outcome of each article of a batch (with
    ``prepare``, each one's content key and index document as well)."""
    outcomes = [facts_or_reason(article) for article in articles]
    if prepare:
        return [_prepared(article, outcome) for article, outcome in zip(articles, outcomes)]
    return outcomes


def _prepared(article: Article, outcome: Outcome) -> Outcome:
    from store.db.indexing import index_doc
    from store.ingest.content_key import content_key, normalised_content_key
    from store.search.pinyin import article_runs
    from store.search.prepared import packed_of, prepared_or_none
    from store.series.prepared import pack_series

    if isinstance(outcome, str):
        return outcome
    prepared = prepared_or_none(index_doc(article, outcome))
    # The content key compares the text as search normalises it: the index
    # document has just normalised it (normalising it again was a sixth of the worker's preparing).
    key = normalised_content_key(*prepared.normalised_texts()) if prepared is not None else \
        content_key(article["title"], article["body"])
    try:
        runs: tuple[list[str], list[str]] | None = article_runs(article, outcome)
    except Exception:  # noqa: BLE001  (as packed_of: the commit counts them from the stored record)
        runs = None
    extracted = ExtractedFacts(outcome, key, packed_of(prepared, lambda: runs or article_runs(article, outcome)))
    # its rows of the series table, which the commit's series build inserts as they are (counting the runs)
    extracted.series = pack_series(article, outcome, extracted.packed, runs)
    return extracted


@dataclass
class _Batch:
    articles: list[Article]
    chars: int
    future: Future[Any] | None = None
    pool: ProcessPoolExecutor | None = None  # the pool it went to


class Extractor:
    """Facts for a stream of articles, on ``jobs`` processes."""

    # forkserver: workers fork from a clean server process, not from this
    # one with its store, caches and threads ("spawn" where there is none).
    start_method = "forkserver" if os.name == "posix" else "spawn"

    def __init__(self, jobs: int | None = None) -> None:
        self.jobs = jobs if jobs is not None else default_jobs()
        self._pool: ProcessPoolExecutor | None = None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def outcomes(self, articles: Iterable[Article], expected: int | None,
                 prepare: bool = False) -> Iterator[tuple[Article, Outcome]]:
        """Each article with its outcome, in input order; with ``prepare``
        the workers (not this process: it would only move the work) prepare
        each article's index document too (see ExtractedFacts)."""
        if self.jobs <= 1 or (expected is not None and expected < POOL_MIN_ARTICLES):
            for article in articles:
                yield article, facts_or_reason(article)
            return
        yield from self._pooled(articles, prepare)
        if expected is not None and expected >= RELEASE_AFTER_ARTICLES:
            self.close()

    def _pooled(self, articles: Iterable[Article], prepare: bool = False) -> Iterator[tuple[Article, Outcome]]:
        in_flight: deque[_Batch] = deque()
        records = chars = 0
        for batch in _batches(articles):
            while in_flight and (records + len(batch.articles) > BUDGET_RECORDS or chars + batch.chars > BUDGET_CHARS):
                done = in_flight.popleft()
                records, chars = records - len(done.articles), chars - done.chars
                yield from self._collect(done)
            batch.future = self._submit(extract_batch, batch.articles, prepare) if prepare else \
                self._submit(extract_batch, batch.articles)
            batch.pool = self._pool
            in_flight.append(batch)
            records, chars = records + len(batch.articles), chars + batch.chars
        while in_flight:
            yield from self._collect(in_flight.popleft())

    def _submit(self, fn: Callable, *args: object) -> Future:
        # Imported here: a small ingest never starts a pool and should not
        # pay for importing one.
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool

        if self._pool is None:
            _quiet_pool_threads()
            context = multiprocessing.get_context(self.start_method)
            self._pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=context, initializer=_worker_init,
                                             initargs=(os.getpid(),))
        try:
            # A submit may start a worker: an interrupt in the middle of
            # that hand-over would leave the half-started worker printing a
            # traceback, so it is held until the worker is started.
            with _interrupts_held():
                return self._pool.submit(fn, *args)
        except BrokenProcessPool:
            self._restart()
            return self._submit(fn, *args)
        except RuntimeError as err:  # "can't start new thread": the pool's own thread, under a memory limit
            if not _no_thread(err):
                raise
            self._abandon()
            raise MemoryError(str(err)) from None

    def _wait(self, future: Future[Any], pool: ProcessPoolExecutor | None) -> Any:
        """The batch's facts.  The pool's manager thread hands batches to
        the workers; when it dies (under ``ulimit -v`` it could not start
        the queue's feeder thread: "can't start new thread") no batch is
        ever answered, and the ingest waited for ever holding the write
        lock.  Its death is said as the memory running out."""
        from concurrent.futures import TimeoutError as FuturesTimeout

        while True:
            try:
                return future.result(timeout=POOL_CHECK_SECONDS)
            except FuturesTimeout:
                manager = getattr(pool, "_executor_manager_thread", None)
                if manager is not None and not manager.is_alive() and not future.done():
                    self._abandon()
                    raise MemoryError("the extracting processes stopped: a thread could not be started") from None

    def _restart(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = None

    def _abandon(self) -> None:
        """Let a pool that can no longer answer go, its workers ended: they
        wait on a queue nothing feeds, and the interpreter's exit joins
        them (an ingest that had said its line never ended)."""
        pool = self._pool
        if pool is not None:
            for process in list((getattr(pool, "_processes", None) or {}).values()):
                try:
                    process.terminate()
                except (OSError, AttributeError, ValueError):
                    pass
        self._restart()

    def _collect(self, batch: _Batch) -> Iterator[tuple[Article, Outcome]]:
        from concurrent.futures.process import BrokenProcessPool

        assert batch.future is not None
        try:
            yield from zip(batch.articles, self._wait(batch.future, batch.pool))
            return
        except BrokenProcessPool:
            pass
        # A worker died: every batch in flight is lost with the pool; this
        # one is retried record by record in a fresh pool (the later ones
        # find their pool broken in turn and do the same).
        if self._pool is batch.pool:
            self._restart()
        for article in batch.articles:
            try:
                future = self._submit(facts_or_reason, article)
                outcome = self._wait(future, self._pool)
            except BrokenProcessPool:
                self._restart()
                outcome = "facts could not be extracted (the extracting process died)"
            yield article, outcome


def _no_thread(err: BaseException) -> bool:
    return isinstance(err, MemoryError) or (isinstance(err, RuntimeError) and "can't start new thread" in str(err))


def _quiet_pool_threads() -> None:
    """A thread of the pool's machinery that could not start one of its
    own (a memory limit) printed "Exception in thread …" and its
    traceback; ``Extractor._result`` says it in one line instead."""
    import threading

    previous = threading.excepthook
    if getattr(previous, "_factdesk_quiet", False):
        return

    def hook(args: Any) -> None:
        module = type(args.thread).__module__ if args.thread is not None else ""
        if _no_thread(args.exc_value) and module.startswith(("concurrent.futures", "multiprocessing")):
            return
        previous(args)

    hook._factdesk_quiet = True  # type: ignore[attr-defined]
    threading.excepthook = hook


def _worker_init(writer: int) -> None:
    """Workers leave Ctrl-C to the writer, which stops them in order (the
    terminal sends it to the whole process group), and end when the writer
    is gone: after a ``kill -9`` of the writer a worker would otherwise wait
    on its queue for ever (it holds the queue's other end itself), keeping
    its forkserver and the terminal's output open.

    A worker owns its process, so its garbage collector is set for
    extraction: the extractor it loads is frozen out of the collector's
    passes (store.facts.freeze_when_loaded, as the ingest command does), and
    young objects are walked less often — extracting makes no reference
    cycles (the passes of a worker's extraction found nothing to free: all
    it makes goes by reference counting), so each pass was pure cost."""
    import gc
    import signal
    import threading

    from store.facts import freeze_when_loaded

    freeze_when_loaded()
    gc.set_threshold(WORKER_GC_YOUNG, *gc.get_threshold()[1:])
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "SIGHUP"):  # a closed terminal hangs up the whole group too: the writer stops them
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
    threading.Thread(target=_end_with, args=(writer,), daemon=True, name="writer-watch").start()


def _end_with(writer: int) -> None:
    import time

    while _alive(writer):
        time.sleep(1.0)
    os._exit(1)


def _alive(pid: int) -> bool:
    """Whether the process runs: a killed one its parent has not reaped yet
    (a zombie, which still answers signal 0) is gone."""
    try:
        os.kill(pid, 0)
    except OSError:  # gone, or the number is another user's process now
        return False
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            return stat.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except (OSError, IndexError):  # no /proc: signal 0 is all there is
        return True


@contextmanager
def _interrupts_held() -> Iterator[None]:
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "pthread_sigmask"):
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _batches(articles: Iterable[Article]) -> Iterator[_Batch]:
    batch: list[Article] = []
    chars = 0
    for article in articles:
        batch.append(article)
        chars += len(article["body"]) + len(article["title"])
        if len(batch) >= BATCH_RECORDS or chars >= BATCH_CHARS:
            yield _Batch(batch, chars)
            batch, chars = [], 0
    if batch:
        yield _Batch(batch, chars)
