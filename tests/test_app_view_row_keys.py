"""j k g G home end move the series and conflicts views' tables as they
move the panes (README: "j k ↑ ↓ move", "g / G, home / end first / last
row").  Walking the conflicts view at 80×24, j left the cursor on the
first measurement and enter then opened the first one's article, not the
one the analyst had moved to; home and end scrolled the table sideways."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import DataTable

from tests.app_helpers import settle
from tests.fake_store import FakeStore
from tui.app import FactdeskApp
from tui.screens.series import ConflictsScreen, SeriesScreen
from tui.widgets.facts_table import FactsTable
from tui.widgets.reader import Reader


def _three_cities(tmp_path: Path) -> FakeStore:
    """Three cities' 2024 GDP, each given differently by two papers."""
    lines = []
    for city, first, second in (("重庆", "3.22", "3.19"), ("成都", "2.35", "2.31"), ("西安", "1.10", "1.30")):
        lines.append({"title": f"{city}经济稳中向好", "body": f"2024年，{city}地区生产总值{first}万亿元。", "source": "甲报"})
        lines.append({"title": f"{city}经济盘点", "body": f"2024年{city}地区生产总值{second}万亿元。", "source": "乙报"})
    path = tmp_path / "gdp.jsonl"
    path.write_text("\n".join(json.dumps(dict(line, date="2025-02-01"), ensure_ascii=False) for line in lines),
                    encoding="utf-8")
    store = FakeStore()
    store.ingest([path])
    return store


async def _moves(pilot, table: DataTable) -> list[int]:
    rows = []
    for key in ("j", "j", "k", "G", "g", "end", "home"):
        await pilot.press(key)
        await settle(pilot)
        rows.append(table.cursor_row)
    return rows


async def test_the_conflicts_view_moves_with_j_k_g_g_home_and_end_and_enter_opens_the_row_moved_to(
        tmp_path: Path) -> None:
    app = FactdeskApp(_three_cities(tmp_path))  # type: ignore[arg-type]
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("D")
        await settle(pilot)
        assert isinstance(app.screen, ConflictsScreen)
        table = app.screen.query_one(DataTable)
        assert table.row_count == 3
        assert await _moves(pilot, table) == [1, 2, 1, 2, 0, 2, 0]
        await pilot.press("j")
        wanted = app.screen.groups[1]["values"][0]["fact_id"]
        await pilot.press("enter")
        await settle(pilot)
        assert app.query_one(Reader).selected["id"] == wanted


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_series_view_moves_with_j_k_g_g_home_and_end(tmp_path: Path, size) -> None:
    app = FactdeskApp(_three_cities(tmp_path))  # type: ignore[arg-type]
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        for ch in "地区生产总值":
            await pilot.press(ch)
        await settle(pilot)
        app.query_one(FactsTable).focus()
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.screen, SeriesScreen)
        table = app.screen.query_one(DataTable)
        assert table.row_count == 2
        assert await _moves(pilot, table) == [1, 1, 0, 1, 0, 1, 0]
