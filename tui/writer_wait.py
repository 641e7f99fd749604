"""Wait for another process's write to end, in a worker that quitting can stop.

The store's own wait for its write lock (up to LOCK_TIMEOUT, five minutes)
cannot be interrupted: a re-seed asked while an ingest ran kept the app's
process alive after `q` — the terminal blank, nothing said — until the
ingest ended.  The worker waits here first, taking the lock only to see it
is free, and gives up as soon as it is cancelled (the app cancels its
workers when it quits)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

POLL_SECONDS = 0.2


def wait_for_writer(store: Any, cancelled: Any) -> bool:
    """Whether the write lock came free (False: ``cancelled()`` came true
    first).  A store without a lock file (PostgreSQL) or one whose lock
    cannot be taken at all (read-only) answers True at once: the write
    itself then says what is wrong."""
    from store import StoreError, StoreLockedError, write_lock

    path = getattr(store, "path", None)
    if not isinstance(path, Path):
        return True
    while not cancelled():
        try:
            with write_lock(path, timeout=0):
                return True
        except StoreLockedError:
            time.sleep(POLL_SECONDS)
        except StoreError:
            return True
    return False
