"""A search of -exclusions only (``-步道``) lists every article without the
term: the status line says so ("→ 2 articles without 步道"), or the list of
unranked articles with no hits reads as a broken search; when every article
has the term, the list says that and what to type instead of suggesting
pinyin."""

from __future__ import annotations

from tests.app_helpers import settle, type_query
from tests.fake_store import FakeStore
from tui.app import FactdeskApp
from tui.widgets.article_list import ArticleList
from tui.widgets.status_bar import StatusBar


async def test_exclusions_only_are_said_on_the_status_line() -> None:
    app = FactdeskApp(FakeStore())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "-步道")
        line = app.query_one(StatusBar).render_line(0).text
        assert "“-步道” → 2 articles without 步道" in line, line
        await pilot.press("escape")
        await type_query(pilot, "长寿 -步道")  # something to look for: no such note
        assert "without" not in app.query_one(StatusBar).render_line(0).text


async def test_exclusions_every_article_has_are_named_with_what_to_do() -> None:
    app = FactdeskApp(FakeStore())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "-的")
        lst = app.query_one(ArticleList)
        assert lst.border_title == "Matches (0)"
        assert lst.message.startswith("Every article has 的: a query of -exclusions only leaves articles out.")
        assert "kind:money -的" in lst.message and "pinyin" not in lst.message
