"""The `i` dialog wraps its sentence and citation between characters, never
inside a figure or a date (walk21: Rich folds a run of Chinese at any cell,
so a citation read 2025-1 / 1-25 and 66 / .7% across two lines)."""

from __future__ import annotations

import re

import pytest

from tests.app_helpers import settle
from tests.fake_store import FakeStore
from textual.geometry import Region
from tui.app import FactdeskApp
from tui.screens.fact_detail import FactDetailScreen
from tui.widgets.facts_table import FactsTable

CLAUSE = "，".join(f"第{i}项指标为{i * 1111.11:.2f}万元、增长{i * 3.7:.1f}%" for i in range(1, 25))
FACT = {"article_id": "a0", "where": "body", "start": 0, "end": 9, "section": None, "clause": CLAUSE,
        "id": "f1", "kind": "money", "surface": "1111.11万元", "value": 11111100.0, "unit": "元",
        "subject": "指标", "period": "2025-11-25"}
SPLIT = re.compile(r"[0-9０-９][.,%-]?$")


@pytest.mark.parametrize("size", [(80, 24), (97, 40), (131, 40)])
async def test_no_figure_is_split_across_the_dialogs_lines(size: tuple[int, int]) -> None:
    app = FactdeskApp(FakeStore())  # type: ignore[arg-type]
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        table = app.query_one(FactsTable)
        table.set_facts([FACT])
        table.focus()
        await pilot.pause()
        await pilot.press("i")
        await settle(pilot)
        assert isinstance(app.screen, FactDetailScreen)
        body = app.screen.query_one("#fact-detail").query_one("Static")
        lines = [strip.text.rstrip() for strip in body.render_lines(Region(0, 0, body.size.width, body.virtual_size.height))]
        text = "\n".join(lines)
        assert "1111.11万元" in text
        broken = [(a[-8:], b[:8]) for a, b in zip(lines, lines[1:])
                  if SPLIT.search(a) and re.match(r"[0-9０-９.%]", b.lstrip())]
        assert broken == [], broken
