"""The app searching while another process's large commit is being indexed
(issue 12): it answers at once from the index as it was and says in a toast
how many articles the search left out; once the writer is done the next
search finds them, with nothing kept from the partial answer."""

from __future__ import annotations

import subprocess
import sys

import pytest

from store import open_store
from store.db.indexing import LAG_CATCH_UP
from tests.app_helpers import settle, wait_until
from tests.helpers_cli import write_jsonl
from tests.test_readers_never_wait import _held_after_commit
from tui.app import FactdeskApp


@pytest.fixture(autouse=True)
def _no_external_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("TMUX", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)


async def test_a_search_in_the_app_during_a_commit_says_what_it_left_out_then_finds_it(tmp_path) -> None:
    db = tmp_path / "store" / "factdesk.json"
    db.parent.mkdir()
    write_jsonl(tmp_path / "old.jsonl", 20, prefix="旧文章", seed=1)
    open_store(db, seed=False).ingest_paths([tmp_path / "old.jsonl"])
    n = LAG_CATCH_UP + 5
    write_jsonl(tmp_path / "new.jsonl", n, prefix="新文章", seed=2)
    writer = _held_after_commit(db, tmp_path / "new.jsonl", tmp_path / "committed")
    try:
        store = open_store(db, seed=False)
        app = FactdeskApp(store)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await pilot.press("slash", *"文章")
            await wait_until(pilot, lambda: any("not searched" in n.message for n in app._notifications))
            said = [note.message for note in app._notifications if "not searched" in note.message]
            assert len(said) == 1 and f"{n} articles committed since the search index" in said[0]
            assert store.search("新文章", limit=0)["total"] == 0
            assert store.search("旧文章", limit=0)["total"] == 20
            writer.kill()
            writer.wait()
            # the writer is gone without its index update: the next search brings it up to date
            assert store.search("新文章", limit=0)["total"] == n
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait()
