"""The app on a damaged store: every store error becomes one toast saying
what to do (`factdesk check`), the panes say what they cannot show, and the
app keeps running — never a traceback."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.app_helpers import settle, type_query
from tui.app import FactdeskApp
from tui.widgets.facts_table import FactsTable
from tui.widgets.reader import Reader

store_mod = pytest.importorskip("store")


@pytest.fixture(scope="module")
def healthy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("healthy") / "s.json"
    store_mod.open_store(path).prepare_search()
    return path


@pytest.fixture
def copy(healthy: Path, tmp_path: Path) -> Path:
    """A private copy of the seeded store to damage."""
    shutil.copytree(healthy.parent, tmp_path / "store")
    return tmp_path / "store" / healthy.name


@pytest.fixture(autouse=True)
def _no_external_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("TMUX", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)


def _shards(db: Path) -> list[Path]:
    meta = json.loads(db.read_bytes())["_meta"]["1"]
    return [db.with_name(db.name + ".d") / "shards" / name for name in meta["shards"].values()]


def _toasts(app: FactdeskApp) -> list[str]:
    return [note.message for note in app._notifications]


async def test_a_damaged_shard_is_one_toast_naming_the_fix_and_the_app_keeps_running(copy: Path) -> None:
    store = store_mod.open_store(copy, seed=False)
    for shard in _shards(copy):
        shard.write_bytes(shard.read_bytes()[: shard.stat().st_size // 2])
    app = FactdeskApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        for _ in range(3):  # every article is unreadable: moving on repeats the same error
            await pilot.press("j")
            await settle(pilot)
        toasts = _toasts(app)
        assert len(toasts) == 1, toasts
        assert "factdesk check" in toasts[0] and "Cannot read the article" in toasts[0]
        assert toasts[0].count("factdesk check") == 1  # the store's own advice is not repeated
        # The reader keeps the cause in view (the toast goes after 10 s): it said
        # only "Cannot read the article. — run `factdesk check` …".
        message = app.query_one(Reader).message
        assert message.startswith("Cannot read the article: ") and "shard file is damaged" in message
        assert message.count("factdesk check") == 1 and ". —" not in message
        assert app.query_one(FactsTable).row_count == 0
        await pilot.press("c")
        await settle(pilot)
        assert any(t == "Nothing to copy: no article open." for t in _toasts(app))
        assert app.is_running and app._exception is None


async def test_an_unusable_search_index_is_an_inline_message_naming_the_fix(copy: Path) -> None:
    index = copy.with_name(copy.name + ".d") / "index"
    shutil.rmtree(index)
    index.write_text("not a folder")  # the index cannot be read nor rebuilt
    app = FactdeskApp(store_mod.open_store(copy, seed=False))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "产量")
        await settle(pilot)
        # The search still answers, reading every article, and a toast says why and what to run.
        state = app.main_screen.search_state
        assert not state.error and state.results
        notes = [t for t in _toasts(app) if "is not a folder (left as it is)" in t]
        assert notes and "searching every article without it" in notes[0] and "'factdesk check --fix'" in notes[0]
        assert index.read_text() == "not a folder"
        assert app.is_running and app._exception is None


async def test_a_store_damaged_under_the_app_fails_reload_with_a_toast(copy: Path) -> None:
    app = FactdeskApp(store_mod.open_store(copy, seed=False))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        copy.write_bytes(copy.read_bytes()[:40])  # another process wrecked the catalog
        await pilot.press("r")
        await settle(pilot)
        assert any(t.startswith("Reload failed") and "factdesk check" in t for t in _toasts(app)), _toasts(app)
        assert app.is_running and app._exception is None


async def test_an_unexpected_worker_error_is_a_toast_not_a_crash(copy: Path) -> None:
    store = store_mod.open_store(copy, seed=False)

    class Broken(RuntimeError):
        pass

    def catalog() -> list:
        raise Broken("disk gone")

    store.catalog = catalog  # type: ignore[method-assign]
    app = FactdeskApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert any("disk gone" in t and "factdesk check" in t for t in _toasts(app)), _toasts(app)
        assert app.is_running and app._exception is None


async def test_a_line_the_store_writes_on_stderr_while_the_app_runs_is_a_toast() -> None:
    """The store says what it did on its own (an index built again, a search
    without the index on a full disk) on stderr, which the app captures:
    the user sees it as a toast, never lost and never drawn over the screen."""
    import sys

    from tests.app_helpers import settle
    from tests.fake_store import FakeStore
    from tui.app import FactdeskApp

    store = FakeStore()
    real_search = store.search

    def noisy_search(*args, **kwargs):
        sys.stderr.write("factdesk: /tmp/s.json: the search index was damaged (index file x is damaged); "
                         "it was built again\n")
        return real_search(*args, **kwargs)

    store.search = noisy_search  # type: ignore[method-assign]
    app = FactdeskApp(store)  # type: ignore[arg-type]
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"产量")
        await pilot.pause(0.3)
        await settle(pilot)
        said = [n.message for n in app._notifications]
        assert "/tmp/s.json: the search index was damaged (index file x is damaged); it was built again" in said
