"""Pilot tests against the real store seeded from assets/sources."""

from __future__ import annotations

import pytest

from tests.app_helpers import settle, type_query
from tui.app import FactdeskApp
from tui.widgets.article_list import ArticleList
from tui.widgets.facts_table import FactsTable
from tui.widgets.reader import Reader

store_mod = pytest.importorskip("store")


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory):
    return store_mod.open_store(tmp_path_factory.mktemp("store") / "s.json")


@pytest.fixture(autouse=True)
def _no_external_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("TMUX", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)


async def test_the_seed_store_opens_with_articles_and_facts(seeded) -> None:
    app = FactdeskApp(seeded)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        lst = app.query_one(ArticleList)
        assert len([r for r in lst.rows if r.entry]) == seeded.counts()["articles"]
        table = app.query_one(FactsTable)
        assert table.row_count == len(seeded.facts(lst.current_id)) > 0
        # Every fact surface is highlighted where its offsets say.
        reader = app.query_one(Reader)
        for fact in reader.facts:
            text = reader.article[fact["where"]]
            assert text[fact["start"]:fact["end"]] == fact["surface"]


async def test_searching_the_seed_store_highlights_hits_and_copies_a_citation(seeded) -> None:
    app = FactdeskApp(seeded)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "产量")
        await settle(pilot, rounds=5)
        lst = app.query_one(ArticleList)
        assert lst.searching and lst.rows, lst.message
        await pilot.press("enter")
        await settle(pilot)
        reader = app.query_one(Reader)
        assert reader.hits and all(
            "产量" in reader.article[w][s:e] or e > s for w, s, e in reader.hits
        )
        app.query_one(FactsTable).focus()
        await pilot.press("c")
        assert "《" in app.clipboard and "》" in app.clipboard


async def test_a_pinyin_search_highlights_the_chinese_words_it_spells(tmp_path) -> None:
    from store import open_store
    from tests.app_helpers import settle, type_query
    from tui.app import FactdeskApp
    from tui.widgets.reader import Reader

    store = open_store(tmp_path / "s.json")
    store.prepare_search()
    app = FactdeskApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "changshou")
        await pilot.press("enter")
        await settle(pilot)
        reader = app.query_one(Reader)
        article = app.main_screen.article
        assert article["title"].endswith("落户长寿")
        texts = {(where, (article["title"] if where == "title" else article["body"])[s:e]) for where, s, e in reader.hits}
        assert ("title", "长寿") in texts and ("body", "长寿") in texts
