"""Pilot tests: at 80×24 the conflicts and series tables fit beside their
scrollbar — they were laid out for the screen's width and a one-cell
scrollbar, so the last cells of each wrapped line of sources sat behind a
horizontal scroll, and a long paper's name (a feed's "央视网/新闻联播 (CCTV),
body left as in source") pushed the series' dates and titles off the screen."""

from __future__ import annotations

import json
from pathlib import Path

from textual.widgets import DataTable

from store import open_store
from tests.app_helpers import settle
from tui.app import FactdeskApp
from tui.screens.series import ConflictsScreen, SeriesScreen
from tui.widgets.facts_table import FactsTable

# A record's own "publication" (a source's note in brackets is no longer part of the name).
PAPER = "央视网/新闻联播 (CCTV), body left as in source, the feed's own words"
CITIES = "重庆 成都 西安 武汉 长沙 郑州 合肥 南昌 贵阳 昆明 南宁 兰州".split()


def _store(tmp_path: Path) -> Path:
    records = [{"title": f"{city}经济运行情况新闻发布会召开 全年地区生产总值稳步增长", "date": f"2025-0{n}-15",
                "body": f"2024年，{city}地区生产总值{value}亿元。", "publication": PAPER}
               for city in CITIES for n, value in ((1, 3210 + len(city)), (2, 3190))]
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    db = tmp_path / "s.json"
    open_store(db, seed=False).ingest([path])
    return db


async def test_at_80x24_the_conflicts_sources_wrap_within_the_table_beside_its_scrollbar(tmp_path):
    app = FactdeskApp(open_store(_store(tmp_path), seed=False))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("D")
        await settle(pilot)
        assert isinstance(app.screen, ConflictsScreen)
        table = app.screen.query_one(DataTable)
        assert table.row_count == len(CITIES) and table.virtual_size.height > table.size.height  # it scrolls
        assert table.max_scroll_x == 0  # no cell off the right edge


async def test_at_80x24_a_long_paper_name_leaves_the_series_dates_and_titles_on_screen(tmp_path):
    app = FactdeskApp(open_store(_store(tmp_path), seed=False))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = app.query_one(FactsTable)
        table.focus()
        table.select_fact(next(f for f in app.main_screen.article_facts if f.get("kind") == "money"))
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.screen, SeriesScreen)
        series = app.screen.query_one(DataTable)
        assert series.row_count == 2 and series.max_scroll_x == 0
        paper, date, title = (str(cell) for cell in series.get_row_at(0)[3:])
        assert paper.endswith("…") and PAPER.startswith(paper[:-1]) and date.startswith("2025-0")
        assert title.endswith("…") and len(title) >= 6


async def test_a_terminal_resized_to_20x5_and_back_lays_the_conflicts_and_series_tables_out_again(tmp_path):
    """Their columns were fitted once, when they opened: after 20×5 and back
    to 200×50 the sources and titles stayed 12 cells wide in a wide screen."""
    app = FactdeskApp(open_store(_store(tmp_path), seed=False))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("D")
        await settle(pilot)
        assert isinstance(app.screen, ConflictsScreen)
        table = app.screen.query_one(DataTable)
        table.move_cursor(row=3)
        at_80 = [c.width for c in table.columns.values()]
        await pilot.resize_terminal(20, 5)
        await settle(pilot)
        await pilot.resize_terminal(200, 50)
        await settle(pilot)
        table = app.screen.query_one(DataTable)
        assert [c.width for c in table.columns.values()][2] > at_80[2]  # the sources use the room
        assert table.row_count == len(CITIES) and table.cursor_row == 3 and table.max_scroll_x == 0
        await pilot.press("escape")
        await settle(pilot)
        facts = app.query_one(FactsTable)
        facts.focus()
        facts.select_fact(next(f for f in app.main_screen.article_facts if f.get("kind") == "money"))
        await pilot.resize_terminal(80, 24)
        await pilot.press("t")
        await settle(pilot)
        await pilot.resize_terminal(200, 50)
        await settle(pilot)
        series = app.screen.query_one(DataTable)
        assert isinstance(app.screen, SeriesScreen) and series.row_count == 2
        assert not str(series.get_row_at(0)[3]).endswith("…")  # the paper's name in full, as at 200 columns
