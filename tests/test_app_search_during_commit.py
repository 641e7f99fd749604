"""The app searching while another process's large commit is being indexed
(issue 12): it answers within the time budget from the index as it was and
says in a toast how many articles the search left out; once the index is
brought up to date the next search finds them, with nothing kept from the
partial answer.  Without an index the app searches what its budget allows
and a toast says what it left out and what builds the index."""

from __future__ import annotations

import subprocess
import sys

import pytest

from store import open_store
from store.db import indexing
from store.db.indexing import LAG_CATCH_UP
from tests.app_helpers import settle, wait_until
from tests.helpers_cli import write_jsonl
from tests.test_readers_never_wait import _held_after_commit
from tui.app import FactdeskApp


@pytest.fixture(autouse=True)
def _no_external_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("TMUX", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)


async def test_a_search_in_the_app_during_a_commit_says_what_it_left_out_then_finds_it(tmp_path, monkeypatch) -> None:
    db = tmp_path / "store" / "factdesk.json"
    db.parent.mkdir()
    write_jsonl(tmp_path / "old.jsonl", 20, prefix="旧文章", seed=1)
    open_store(db, seed=False).ingest_paths([tmp_path / "old.jsonl"])
    n = LAG_CATCH_UP + 5
    write_jsonl(tmp_path / "new.jsonl", n, prefix="新文章", seed=2)
    writer = _held_after_commit(db, tmp_path / "new.jsonl", tmp_path / "committed")
    monkeypatch.setattr(indexing, "SCAN_SECONDS", 0.0)  # no time to read the commit's articles
    try:
        store = open_store(db, seed=False)
        app = FactdeskApp(store)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await pilot.press("slash", *"文章")
            await wait_until(pilot, lambda: any("not searched" in n.message for n in app._notifications))
            said = [note.message for note in app._notifications if "not searched" in note.message]
            assert len(said) == 1 and f"{n} articles committed since the search index" in said[0]
            assert f"pid {writer.pid}" in said[0] and "search again in a moment" in said[0]
            assert store.search("新文章", limit=0)["total"] == 0
            assert store.search("旧文章", limit=0)["total"] == 20
            writer.kill()
            writer.wait()
            # the writer is gone without its index update: the next ingest (or check --fix) brings it up to date
            open_store(db, seed=False).index_after_writes()
            assert store.search("新文章", limit=0)["total"] == n
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait()


async def test_the_app_on_a_large_store_without_an_index_searches_within_its_budget_and_says_so(tmp_path,
                                                                                             monkeypatch) -> None:
    """No index and a store past SCAN_ARTICLES: the app never builds the
    index (minutes at 100,000 articles while the user waits) — a toast says
    how many articles the search read, how many it did not and what builds
    the index, and the index folder stays as it was."""
    import shutil

    db = tmp_path / "store" / "factdesk.json"
    db.parent.mkdir()
    write_jsonl(tmp_path / "old.jsonl", 30, prefix="旧文章", seed=1)
    open_store(db, seed=False).ingest_paths([tmp_path / "old.jsonl"])
    index = db.with_name(db.name + ".d") / "index"
    shutil.rmtree(index)
    monkeypatch.setattr(indexing, "SCAN_ARTICLES", 10)
    monkeypatch.setattr(indexing, "SCAN_SECONDS", 0.0)
    store = open_store(db, seed=False)
    app = FactdeskApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"文章")
        await wait_until(pilot, lambda: any("not searched" in n.message for n in app._notifications))
        said = [note.message for note in app._notifications if "not searched" in note.message]
        assert len(said) == 1 and "the search index is missing: searched 0 articles of 30 without it, 30 were " \
            "not searched" in said[0] and "'factdesk check --fix' (or the next ingest) builds it" in said[0], said
        await wait_until(pilot, lambda: "in the articles searched" in app.main_screen.article_list.message)
        assert "No articles match" not in app.main_screen.article_list.message  # nothing found is no "no match"
        assert app.is_running and app._exception is None
    assert not index.exists()
