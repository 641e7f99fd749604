"""Seeding a store created for the app's first launch.

The new store is committed empty (so that it exists), then seeded.  A
Ctrl-C during the seeding would leave an empty store that no later launch
seeds (only a store the app creates is seeded), so the empty file is
removed again: the next launch creates and seeds it.  So does a full disk
(any StoreError) while seeding.

A kill -9 (or a power cut) runs no handler: a marker file in the store's
side folder (``first-seed``) is written before the empty commit and
removed once the seed is committed, so a later launch that finds the
marker beside a store still empty seeds it then (``finish_first_seed``)
instead of presenting an empty store as the seeded one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from store.errors import StoreError, StoreReadOnlyError, WriteFailed
from store.paths import sidecar_dir

MARKER = "first-seed"
# The seed is committed without its search index (built after the app's
# first screen, or by open_store): until a process that seeded, or the app,
# builds it, this file says it is owed — readers never build it.
INDEX_OWED = "index-owed"


def seed_marker(store_path: Path) -> Path:
    """The file that says a first launch's seeding has not finished."""
    return sidecar_dir(store_path) / MARKER


def index_owed_marker(store_path: Path) -> Path:
    """The file that says the seed's search index has not been built yet."""
    return sidecar_dir(store_path) / INDEX_OWED


def _owe_index(store: Any, store_path: Path) -> None:
    store.index_owed = True
    try:
        index_owed_marker(store_path).write_bytes(b"the seed's search index is built by the app's next launch\n")
    except OSError:  # this process builds it in any case; only a later app launch reads the file
        pass


def create_and_seed(store: Any, store_path: Path, seed: bool) -> None:
    """Commit the new store empty, so that it exists, then seed it when
    ``seed`` (the app's first launch)."""
    try:
        if seed:
            _mark(store_path)
        with store.writing() as tx:
            tx.changed = True  # an empty store is still written, so it exists
        if seed and not store.committed_data()["catalog"]:
            store.reseed(build_index=False)
            _owe_index(store, store_path)  # built by open_store, or after the app's first screen (prepare_search)
        if seed:
            _unmark(store_path)
    except KeyboardInterrupt:  # also one after the empty commit (its series table, its index)
        if seed and _forget_if_empty(store_path):
            raise KeyboardInterrupt(f"interrupted while creating the store {store_path}: nothing was saved; "
                                    f"the next launch creates and seeds it") from None
        raise
    except StoreError as err:
        # A full disk (or a write refused) while creating or seeding: the
        # empty store left would never be seeded by a later launch, which
        # the error's "run the command again" promises; remove it again.
        if seed:
            _forget_if_empty(store_path)
            if isinstance(err, WriteFailed) and not store_path.exists():
                # "it was left as it was" of a store that never was
                raise WriteFailed(err.short, "nothing was saved; the next launch creates and seeds the store") from None
        raise


def finish_first_seed(store: Any, store_path: Path) -> Any:
    """``store``, seeded when its first launch was killed while seeding (the
    marker is there) and it is still empty; a store something was ingested
    into since is left as it is."""
    if seed_marker(store_path).exists():
        if not store.committed_data()["catalog"]:
            try:
                store.reseed(build_index=False)
                _owe_index(store, store_path)
            except StoreReadOnlyError:  # a read-only mount: opened as it is (empty, and said so by the app)
                return store
        _unmark(store_path)
    return store


def _mark(store_path: Path) -> None:
    marker = seed_marker(store_path)
    try:
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_bytes(b"the app's first launch is seeding this store; a launch that finds this file seeds it\n")
    except OSError:  # the empty commit that follows says what is wrong with the folder
        pass


def _unmark(store_path: Path) -> None:
    try:
        seed_marker(store_path).unlink(missing_ok=True)
    except OSError:  # a read-only folder: the next launch finds the store seeded and tries again
        pass


def _forget_if_empty(store_path: Path) -> bool:
    """Remove the store file when it still holds nothing (checked under the
    write lock, so that another process's first ingest is never undone)."""
    from store.db.locking import write_lock
    from store.db.schema import read_main

    try:
        with write_lock(store_path, timeout=0):
            if not read_main(store_path)["catalog"]:
                store_path.unlink()
                _unmark(store_path)
                return True
    except Exception:  # a courtesy: the empty store stays, and the app says how to re-seed it
        pass
    return False
