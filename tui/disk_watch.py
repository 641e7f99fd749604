"""Noticing that another process changed the store (an ingest in another
terminal), so the app can offer to reload instead of showing stale data."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from store import Store

POLL_SECONDS = 2.0


class DiskWatch:
    """Asks the store whether its files changed; tells once per change."""

    def __init__(self, store: Store, on_change: Callable[[], None]) -> None:
        self.store = store
        self.on_change = on_change
        self.pending = False  # a change was reported and not yet reloaded
        self.failed = False  # the reload of it failed: r is not offered again until one succeeds

    def poll(self) -> None:
        if self.pending:
            return
        try:
            changed = bool(self.store.changed_on_disk())
        except Exception:  # a store being rewritten can fail a stat: try next time
            return
        if changed:
            self.pending = True
            self.on_change()

    def reloaded(self) -> None:
        self.pending = self.failed = False

    def reload_failed(self) -> None:
        self.failed = True
