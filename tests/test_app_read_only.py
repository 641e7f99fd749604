"""The app on a store this user cannot write (a read-only mount, another
user's folder): reading works, and a change asked of it is one toast saying
so — without sending the user to `factdesk check --fix`, which could not
write either."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from store.errors import StoreReadOnlyError
from tests.app_helpers import settle
from tui.app import FactdeskApp

store_mod = pytest.importorskip("store")


@pytest.fixture(scope="module")
def healthy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("healthy") / "s.json"
    store_mod.open_store(path).prepare_search()
    return path


async def test_reseeding_a_read_only_store_says_so_without_the_repair_hint(
        healthy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(healthy.parent, tmp_path / "store")
    store = store_mod.open_store(tmp_path / "store" / healthy.name, seed=False)

    def refuse() -> None:  # what the store raises on a read-only mount (root ignores chmod)
        raise StoreReadOnlyError(f"{store.path}: the store cannot be changed: {store.path.parent} cannot be "
                                 "written by this user; reading works (read-only file system)")

    monkeypatch.setattr(store, "reseed", refuse)
    app = FactdeskApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.screen.action_reseed()
        await settle(pilot)
        toasts = [note.message for note in app._notifications]
        failed = [t for t in toasts if t.startswith("Re-seed failed")]
        assert len(failed) == 1, toasts
        assert "read-only file system" in failed[0]
        assert "check --fix" not in failed[0]
        assert app.is_running and app._exception is None


@pytest.mark.parametrize("cause", [
    PermissionError(13, "Permission denied"),           # another user's store in a folder this one can write
    OSError(28, "No space left on device"),             # a full disk
])
async def test_a_write_the_os_refused_is_said_without_the_repair_hint(
        healthy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cause: OSError) -> None:
    """The store was left as it was: `check --fix` has nothing to repair and
    could not write either; the toast says why the write failed, no more."""
    from store.errors import write_error

    shutil.copytree(healthy.parent, tmp_path / "store")
    store = store_mod.open_store(tmp_path / "store" / healthy.name, seed=False)

    def refuse() -> None:  # what the commit raises when the OS refuses its files
        raise write_error(cause, store.path, reached=False)

    monkeypatch.setattr(store, "reseed", refuse)
    app = FactdeskApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.screen.action_reseed()
        await settle(pilot)
        failed = [note.message for note in app._notifications if note.message.startswith("Re-seed failed")]
        assert len(failed) == 1, failed
        assert "it was left as it was" in failed[0]
        assert "factdesk check" not in failed[0]
        assert app.is_running and app._exception is None
