"""t on a figure while the series table is damaged says it cannot read the
series, and nothing else: the empty chart under that line went on to say
"no figure of this indicator has a period", as if the series had been read
and found empty."""

from __future__ import annotations

import json
from pathlib import Path

from tests.app_helpers import settle
from tui.app import FactdeskApp
from tui.screens.series import SeriesScreen
from tui.widgets.facts_table import FactsTable
from tui.widgets.series_chart import SeriesChart


async def test_t_with_a_damaged_series_table_says_so_and_draws_no_chart(tmp_path: Path) -> None:
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
        (db.with_name(db.name + ".d") / "series" / "series.sqlite").write_bytes(b"not a database " * 500)
        table = app.query_one(FactsTable)
        money = next(f for f in app.main_screen.article_facts if f["kind"] == "money")
        table.focus()
        table.select_fact(money)
        await pilot.press("t")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SeriesScreen)
        assert "Cannot read the series" in str(screen.query_one("#series-head").render())
        assert not screen.query_one(SeriesChart).display
