"""factdesk's data library: ingest text → articles → facts; query; search.

Nothing here knows about the screen; the Textual app and the CLI in ``tui``
present what this package returns.
"""

from store.db.store import IngestReport, Store, open_store
from store.errors import CorruptStoreError, InputError, StoreError, StoreLockedError

__all__ = [
    "CorruptStoreError",
    "IngestReport",
    "InputError",
    "Store",
    "StoreError",
    "StoreLockedError",
    "open_store",
]
