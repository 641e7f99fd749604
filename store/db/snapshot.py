"""TinyDB over in-memory snapshots.

TinyDB's own JSONStorage rewrites its file in place (seek 0, write,
truncate), so a crash mid-write leaves an unparseable file.  Here TinyDB
works on a snapshot in memory and the store writes the files itself, through
:mod:`store.fileio`.  Only writers import it (TinyDB is not needed to read).
"""

from __future__ import annotations

from tinydb.storages import Storage

from store.records import JsonObject


class SnapshotStorage(Storage):
    """TinyDB storage over an in-memory snapshot of one store file.

    TinyDB does the document work (tables, ids, upserts); the store decides
    when the snapshot is persisted, so one ingest becomes one atomic commit
    of several files instead of a rewrite per insert (the job TinyDB's
    CachingMiddleware does for a single file)."""

    def __init__(self, data: JsonObject | None = None) -> None:
        self.data: JsonObject = data if data is not None else {}

    def read(self) -> JsonObject:
        return self.data

    def write(self, data: JsonObject) -> None:
        self.data = data

    def close(self) -> None:  # nothing to release: files are written by the store
        pass
