"""Shared fixtures: the seed page shipped in assets/, temporary stores, and
the optional ../shared corpus (tests needing it skip when it is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEED_FILE = REPO / "assets" / "sources" / "000_d50660e1f1101acb.txt"
SHARED = REPO.parent / "shared"
BULK = SHARED / "corpus" / "bulk"


@pytest.fixture
def seed_text() -> str:
    return SEED_FILE.read_text(encoding="utf-8")


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store" / "factdesk.json"


@pytest.fixture
def seeded(store_path: Path):
    from store import open_store

    return open_store(store_path)


needs_bulk = pytest.mark.skipif(not BULK.is_dir(), reason="../shared/corpus/bulk is not present")
