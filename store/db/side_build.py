"""A large first commit's series table, built by a second process.

A commit that brings most of a large store's articles (a first ingest, or
one into a store holding only the seed page) leaves a search index and a
series table to build from all of them: building both from scratch costs
less than updating them (an update looks up and re-examines what each new
article touches).  Both read the
same shards and neither needs the other, so while the writer builds the
index under its write lock, a child process builds the series table as any
reader that finds it stale would (readers build it without the lock, into a
file of their own renamed into place): one core does each.  The writer
waits for the child before it lets go of the lock.  A child that fails
leaves the table to be built when next read, as after any failed build.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

# Fewer articles than this are not worth a process start.
SIDE_BUILD_MIN_ARTICLES = 2_000


def builds_aside(added: int, stored: int, minimum: int | None = None) -> bool:
    """Whether a commit that added ``added`` of the ``stored`` articles the
    store now holds builds its index and series table from scratch, the
    series in a second process: it added at least ``minimum`` and most of
    the store."""
    least = SIDE_BUILD_MIN_ARTICLES if minimum is None else minimum
    return added >= least and 2 * added >= stored


def build_series(path: str) -> None:
    """The child's job: the series table of the store's committed state."""
    import signal

    from store.db.schema import read_main
    from store.db.store import Store

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the writer stops the child itself
    store = Store(Path(path), read_main(Path(path)))
    store.prepare_series()


@contextmanager
def series_built_aside(path: Path, job: Callable[[str], None] = build_series) -> Iterator[None]:
    """Build the series table of the committed store at ``path`` in a child
    process (``job``) while the block runs; waits for it at the end (stops
    it if the block fails)."""
    import multiprocessing

    context = multiprocessing.get_context("forkserver" if os.name == "posix" else "spawn")
    child = context.Process(target=job, args=(str(path),), name="factdesk-series")
    try:
        child.start()
    except (OSError, AssertionError):  # no process to be had (a daemon process, no forkserver)
        yield
        return
    try:
        yield
    except BaseException:
        child.terminate()
        raise
    finally:
        child.join()
