"""A large first commit's series table and pinyin vocabulary, built by a
second process.

A commit that brings most of a large store's articles (a first ingest, or
one into a store holding only the seed page) leaves a search index and a
series table to build from all of them: building both from scratch costs
less than updating them (an update looks up and re-examines what each new
article touches).  Both read the same shards and neither needs the other,
so while the writer builds the index under its write lock, a child process
builds the series table as any reader that finds it stale would (readers
build it without the lock, into a file of their own renamed into place).
The index's pinyin vocabulary (jieba's dictionary walked over every title,
subject and lead: about a third of the index build's CPU) is counted by the
same child from the texts its pass reads, and handed to the writer as the
vocabulary file's bytes: the writer's share and the child's are then about
even, one core each.  The writer waits for the child before it lets go of
the lock.  A child that fails leaves the table to be built when next read,
as after any failed build, and the vocabulary to the writer.

When the extraction workers already worked out each article's series rows
and vocabulary runs (store.series.prepared; the writer spools them,
store.db.index_spool.SeriesSpool), the child builds the table from those
rows and counts those runs (build_series_from_rows): it reads no shard file
but for the articles the spool lacks, and the writer builds only the index.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from store.db.index_spool import SpooledRows

# Fewer articles than this are not worth a process start.
SIDE_BUILD_MIN_ARTICLES = 2_000

# What the writer asks the child for: the vocabulary file's bytes, or None
# when the child failed (the writer then counts it itself).
CountedVocab = Callable[[], "bytes | None"]
SideJob = Callable[..., None]  # (store path, the pipe to the writer[, rows])


def builds_aside(added: int, stored: int, minimum: int | None = None) -> bool:
    """Whether a commit that added ``added`` of the ``stored`` articles the
    store now holds builds its index and series table from scratch, the
    series in a second process: it added at least ``minimum`` and most of
    the store."""
    least = SIDE_BUILD_MIN_ARTICLES if minimum is None else minimum
    return added >= least and 2 * added >= stored


def build_series(path: str, vocabulary: Connection) -> None:
    """The child's job: the series table of the store's committed state,
    then the pinyin vocabulary of the texts that pass read, sent to
    ``vocabulary`` as the vocabulary file's bytes (the series pass reads
    the articles in the order an index rebuild does: the same texts in the
    same order give the same vocabulary)."""
    import gc
    import json
    import signal

    from store.db.schema import read_main
    from store.db.store import Store
    from store.search.pinyin import VocabRuns

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the writer stops the child itself
    if hasattr(signal, "SIGHUP"):  # also when the terminal closes (the whole group hears it)
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
    texts = VocabRuns()
    Store(Path(path), read_main(Path(path))).prepare_series(seen=texts.add_article)
    gc.collect()  # the store and its catalog go before the word lists come in: the writer is at its peak now
    try:
        vocabulary.send_bytes(json.dumps(texts.vocab(None), ensure_ascii=False).encode())
    except OSError:  # the writer is gone (killed): the table it built is still the committed state's
        pass
    finally:
        vocabulary.close()


def build_series_only(path: str, vocabulary: Connection) -> None:
    """build_series without the vocabulary, for a commit whose extraction
    workers handed each article's vocabulary runs over with its index
    document (store.search.prepared): the writer counts them itself while
    it builds the index, and this child only builds the series table (the
    writer's index build and this table then take about as long).  Sends
    nothing: the writer reads an end of file."""
    import signal

    from store.db.schema import read_main
    from store.db.store import Store

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        Store(Path(path), read_main(Path(path))).prepare_series()
    finally:
        vocabulary.close()


def build_series_from_rows(path: str, vocabulary: Connection, rows: SpooledRows) -> None:
    """The child's job when the extraction workers worked out each
    article's series rows and vocabulary runs (store.series.prepared,
    spooled by the writer in ``rows``): the series table built from the
    rows, and the pinyin vocabulary counted from the runs in the same pass
    (the order an index rebuild reads the articles in), sent as the
    vocabulary file's bytes.  Neither reads the shard files but for the
    articles the rows lack, so this child is done with both before the
    writer is with the index, which then neither counts nor builds the
    vocabulary itself (that was a third of its share).  A build that did
    not read the articles (the spool could not be opened) sends nothing:
    the writer then counts the vocabulary itself."""
    import gc
    import signal

    from store.db.schema import read_main
    from store.db.store import Store
    from store.search.pinyin import VocabRuns, vocab_bytes

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the writer stops the child itself
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
    texts = VocabRuns()
    try:
        if not Store(Path(path), read_main(Path(path))).prepare_series_from(rows, texts):
            return
        gc.collect()
        vocabulary.send_bytes(vocab_bytes(texts))
    except OSError:  # the writer is gone (killed): the table it built is still the committed state's
        pass
    finally:
        vocabulary.close()


@contextmanager
def series_built_aside(path: Path, job: SideJob = build_series,
                       rows: SpooledRows | None = None) -> Iterator[CountedVocab]:
    """Build the series table and count the vocabulary of the committed
    store at ``path`` in a child process (``job``) while the block runs;
    the block calls what it is given for the vocabulary (None if the child
    failed or there is no child); ``rows`` (the series rows the workers
    worked out) go to ``job`` after the path and the pipe.  Waits for the
    child at the end (stops it if the block fails or never asked)."""
    import multiprocessing

    context = multiprocessing.get_context("forkserver" if os.name == "posix" else "spawn")
    source, sink = context.Pipe(duplex=False)
    args = (str(path), sink) if rows is None else (str(path), sink, rows)
    child = context.Process(target=job, args=args, name="factdesk-series")
    try:
        child.start()
    except (OSError, AssertionError):  # no process to be had (a daemon process, no forkserver)
        source.close()
        sink.close()
        yield lambda: None
        return
    sink.close()  # the child's end: a child that dies leaves an end of file here, not a wait
    received: list[bytes | None] = []

    def counted() -> bytes | None:
        if not received:
            try:
                received.append(source.recv_bytes())
            except (EOFError, OSError):
                received.append(None)
        return received[0]

    try:
        yield counted
    except BaseException:
        child.terminate()
        child.join()
        _remove_temp_files(path, child.pid)
        raise
    finally:
        if not received:
            counted()  # a child done with the series table waits to hand its vocabulary over
        source.close()
        child.join()


def _remove_temp_files(path: Path, pid: int | None) -> None:
    """A child stopped mid-build (the writer failed: a full disk) leaves its
    half-built table (``series.sqlite.PID.tmp`` and its journal): removed
    here, or check named them as left behind by a killed writer while none
    was, and they took space on the disk that had just filled up."""
    from store.paths import sidecar_dir

    if pid is None:
        return
    for temp in (sidecar_dir(path) / "series").glob(f"series.sqlite.{pid}.tmp*"):
        try:
            temp.unlink()
        except OSError:
            pass
