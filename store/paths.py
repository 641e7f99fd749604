"""Where things live: the default store and the shipped assets."""

from __future__ import annotations

import os
from pathlib import Path

from factdesk_assets import ASSETS, SEED_SOURCES  # noqa: F401  (the one definition)


def default_store_path() -> Path:
    """$FACTDESK_DB, else factdesk.json in the user's data directory."""
    env = os.environ.get("FACTDESK_DB")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path("factdesk", appauthor=False) / "factdesk.json"


def sidecar_dir(store_path: Path) -> Path:
    """The directory beside the store file holding shards and the index."""
    return store_path.with_name(store_path.name + ".d")
