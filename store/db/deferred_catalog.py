"""Opening a store with its catalog read on first use.

``factdesk search`` on a current index needs no catalog row: titles come
from the index and facts from the shards, found by article id.  Replaying a
large store's catalog log (decompressing and parsing every title, date and
source) was then a third of the command's run, so it opens the store with
:func:`read_main_deferred`: the main file is read and checked, and the
segments it names are checked against their sizes and checksums (a damaged
or missing catalog is refused at open, as always), but the ``sources`` and
``catalog`` tables are parsed when first asked for (``data["catalog"]``).
A writer that compacted the log twice in between leaves the segments gone:
the tables are then read with the main file that names them, and the data
moves to that newer state as a whole (``_meta`` too), as a reload would.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, cast

from store.db.schema import (
    SCHEMA_VERSION,
    MainData,
    _read_main_file,
    _replay,
    read_main,
    validate_main,
)

TABLES = ("sources", "catalog")
LOGGED_SCHEMAS = (4, SCHEMA_VERSION)  # main files naming a catalog log (store.db.catalog_log)


class DeferredTables(dict):
    """Main file data whose ``sources`` and ``catalog`` are read on first
    access by key (the only way the store reads them)."""

    def __init__(self, data: dict[str, Any], path: Path) -> None:
        super().__init__(data)
        self._path = path
        self._lock = threading.Lock()

    def __missing__(self, key: str) -> Any:
        if key not in TABLES:
            raise KeyError(key)
        with self._lock:
            if not dict.__contains__(self, key):
                self.update(self._tables())
        return dict.__getitem__(self, key)

    def _tables(self) -> dict[str, Any]:
        """The tables the log names, checked as read_main checks them; when
        its segments are gone, the newer state whole."""
        base = {k: v for k, v in self.items() if k not in TABLES}
        try:
            return dict(validate_main({**base, **_replay(base["log"], self._path)}, self._path))
        except FileNotFoundError:
            return dict(read_main(self._path))


def read_main_deferred(path: Path) -> MainData:
    """The main file with its tables to be read on first use (a main file
    without a catalog log, or of an older schema, is read whole)."""
    data = _read_main_file(path)
    meta = data.get("_meta", {}).get("1") if isinstance(data, dict) and isinstance(data.get("_meta"), dict) else None
    if not (isinstance(meta, dict) and meta.get("schema") in LOGGED_SCHEMAS and "log" in data):
        return read_main(path)
    validate_main({**data, "sources": {}, "catalog": {}}, path, tables=False)  # _meta's checks now, the tables' later
    meta = data["_meta"]["1"]
    if not data["log"] and meta["shards"]:
        return read_main(path)  # a log emptied by hand: it says so now, not when a catalog row is first asked for
    if not _segments_sound(data["log"], path):
        return read_main(path)  # it says what is wrong (or reads a newer state), as any open does
    return cast(MainData, DeferredTables({k: v for k, v in data.items() if k not in TABLES}, path))


def _segments_sound(log: Any, path: Path) -> bool:
    """Whether every segment the log names is there with its recorded size
    and checksum: a damaged or missing catalog is still refused at open, as
    by read_main, at the cost of hashing the segments instead of parsing them."""
    from store.db.catalog_log import CATALOG_DIR
    from store.db.shards import shard_sum
    from store.paths import sidecar_dir

    directory = sidecar_dir(path) / CATALOG_DIR
    try:
        return isinstance(log, list) and all(
            isinstance(e, list) and len(e) == 3 and shard_sum((directory / e[0]).read_bytes()) == list(e[1:])
            for e in log)
    except (OSError, TypeError):
        return False
