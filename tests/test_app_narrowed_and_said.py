"""What narrows the view is said where it is seen: the facts pane's title
counts the facts a search left of the article's ("Facts (5/10) · matching"),
and at 80 columns the status line keeps the search on its one line (the
store's totals give way; a search of a dozen characters without a space was
wrapped whole onto a second line no one sees, leaving "filter:" alone)."""

from __future__ import annotations

from tests.app_helpers import settle, type_query
from tests.fake_store import FakeStore
from tui.app import FactdeskApp
from tui.widgets.facts_table import FactsTable
from tui.widgets.status_bar import StatusBar


async def test_the_facts_title_counts_what_a_search_left_of_the_article() -> None:
    app = FactdeskApp(FakeStore())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        table = app.query_one(FactsTable)
        every = len(table.shown)
        await type_query(pilot, "kind:count")
        shown = len(table.shown)
        assert 0 < shown < every
        assert table.border_title == f"Facts ({shown}/{every}) · matching"
        await pilot.press("escape")
        await settle(pilot)
        assert table.border_title == f"Facts ({every})"


async def test_a_long_search_stays_on_the_80_column_status_line() -> None:
    query = "山城产业对接会举行签约项目"
    app = FactdeskApp(FakeStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await type_query(pilot, query)
        bar = app.query_one(StatusBar)
        line = bar.render_line(0).text
        assert f"filter: “{query}” → " in line and line.rstrip().endswith("articles"), line
        await pilot.press("escape")
        await settle(pilot)
        assert "articles · " in bar.render_line(0).text  # no search: the totals are back
