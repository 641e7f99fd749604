"""t on a figure while the series table is damaged draws the series read
from the facts (the app is a reader: the damaged file is left as it is for
check --fix) and says so in one warning; it once said "Cannot read the
series" over an empty chart, and before that "no figure of this indicator
has a period", as if the series had been read and found empty."""

from __future__ import annotations

import json
from pathlib import Path

from tests.app_helpers import settle
from tui.app import FactdeskApp
from tui.screens.series import SeriesScreen
from tui.widgets.facts_table import FactsTable
from tui.widgets.series_chart import SeriesChart


async def test_t_with_a_damaged_series_table_draws_it_from_the_facts_and_says_so(tmp_path: Path) -> None:
    from store import open_store

    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"title": "重庆经济", "body": "2024年，重庆地区生产总值3.22万亿元。",
                                "date": "2025-01-20", "source": "重庆日报"}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    db = tmp_path / "s.json"
    store = open_store(db, seed=False)
    store.ingest([path])
    app = FactdeskApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        damaged = db.with_name(db.name + ".d") / "series" / "series.sqlite"
        damaged.write_bytes(b"not a database " * 500)
        table = app.query_one(FactsTable)
        money = next(f for f in app.main_screen.article_facts if f["kind"] == "money")
        table.focus()
        table.select_fact(money)
        await pilot.press("t")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SeriesScreen)
        assert "1 figure from 1 article" in str(screen.query_one("#series-head").render())
        assert screen.query_one(SeriesChart).display
        assert any("series table is damaged" in n.message for n in app._notifications)
    assert damaged.read_bytes() == b"not a database " * 500
