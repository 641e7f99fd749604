"""t on a figure with no indicator (a year, a date) says so in one line and
draws no chart: the empty chart's "no figure of this indicator has a
period" under it read as if there were an indicator after all."""

from __future__ import annotations

import json
from pathlib import Path

from tests.app_helpers import settle
from tui.app import FactdeskApp
from tui.screens.series import SeriesScreen
from tui.widgets.facts_table import FactsTable
from tui.widgets.series_chart import SeriesChart


async def test_t_on_a_year_says_there_is_no_indicator_and_draws_no_chart(tmp_path: Path) -> None:
    from store import open_store

    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"title": "重庆经济", "body": "2024年，重庆地区生产总值3.22万亿元。",
                                "date": "2025-01-20", "source": "重庆日报"}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    store = open_store(tmp_path / "s.json", seed=False)
    store.ingest([path])
    app = FactdeskApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = app.query_one(FactsTable)
        year = next(f for f in app.main_screen.article_facts if f["kind"] == "year")
        table.focus()
        table.select_fact(year)
        await pilot.press("t")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SeriesScreen)
        assert "no indicator to follow" in str(screen.query_one("#series-head").render())
        assert not screen.query_one(SeriesChart).display
