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


def pytest_sessionstart(session: pytest.Session) -> None:
    """Compile store/ and tui/ once, before the workers start: the suite runs `factdesk` in hundreds of
    child processes, and under PYTHONDONTWRITEBYTECODE (or in a tree no import has written to yet) each
    compiled the code from source again — a quarter of a seeding child's CPU. The files are checked by
    their source's hash (not its mtime), and the children only read them: none writes, so a child under
    a file size limit cannot leave a truncated one behind."""
    if hasattr(session.config, "workerinput"):       # an xdist worker: the controller has done it
        return
    import compileall
    import py_compile

    for top in ("store", "tui"):
        compileall.compile_dir(REPO / top, quiet=2, workers=1,
                               invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH)


needs_bulk = pytest.mark.skipif(not BULK.is_dir(), reason="../shared/corpus/bulk is not present")
