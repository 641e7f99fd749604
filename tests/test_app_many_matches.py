"""A search is not capped: the list scrolls through every match (rows
drawn as they come into view) and `e` exports the facts of every match,
saying how many."""

from __future__ import annotations

import json

import pytest

from tests.app_helpers import settle, type_query, wait_until
from tests.helpers_cli import write_jsonl
from tui.app import FactdeskApp
from tui.widgets.article_list import ArticleList

store_mod = pytest.importorskip("store")
ARTICLES = 720  # beyond the 500 the list used to stop at


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("many")
    write_jsonl(folder / "many.jsonl", ARTICLES, prefix="通报")
    store = store_mod.open_store(folder / "s.json", seed=False)
    assert store.ingest([folder / "many.jsonl"]).added == ARTICLES
    store.prepare_search()
    return store


@pytest.fixture(autouse=True)
def _no_external_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("TMUX", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)


async def test_the_list_scrolls_through_every_match_and_export_covers_them_all(big, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    expected = big.search("通报 >0%", limit=0, facts=True)
    assert expected["total"] == ARTICLES
    app = FactdeskApp(big)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "通报 >0%")
        lst = app.query_one(ArticleList)
        # The first page answers the keystroke; every match follows once typing pauses.
        await wait_until(pilot, lambda: len(lst.rows) == ARTICLES)
        assert lst.border_title == f"Matches ({ARTICLES:,})"
        await pilot.press("tab")  # out of the search box, the search kept
        lst.focus()
        await pilot.press("G")
        await settle(pilot)
        last = expected["results"][-1]["article_id"]
        assert lst.current_id == last and app.main_screen.article["id"] == last
        await pilot.press("e")
        await settle(pilot)
        assert f"all {ARTICLES:,} articles" in str(app.screen.query_one("Label").render())
        await pilot.press("j")
        await settle(pilot, rounds=6)
        [written] = tmp_path.glob("factdesk-search-*.json")
        data = json.loads(written.read_text(encoding="utf-8"))
        assert data["totals"] and data["totals"][0]["kind"] == "percent"  # a search with a fact filter: its totals too
        exported = {f["id"] for f in data["facts"]}
        assert exported == {f["id"] for r in expected["results"] for f in r["facts"]}
        assert any(f"Exported {len(exported):,} facts" in n.message for n in app._notifications)


async def test_an_export_right_after_typing_still_covers_every_match(big, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("tui.screens.main.ALL_RESULTS_AFTER", 600)  # the user exports before typing pauses
    expected = big.search("通报 >0%", limit=0, facts=True)
    app = FactdeskApp(big)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"通报 >0%")
        await pilot.pause(0.2)
        await app.workers.wait_for_complete()
        await pilot.pause()
        state = app.main_screen.search_state
        assert state.total == ARTICLES and not state.complete  # only the first page so far
        await pilot.press("tab", "e")
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot, rounds=6)
        [written] = tmp_path.glob("factdesk-search-*.json")
        data = json.loads(written.read_text(encoding="utf-8"))
        assert data["totals"] and data["totals"][0]["kind"] == "percent"  # a search with a fact filter: its totals too
        exported = {f["id"] for f in data["facts"]}
        assert exported == {f["id"] for r in expected["results"] for f in r["facts"]}
