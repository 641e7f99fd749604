"""At 80×24 the facts pane said what was measured in two characters and
hid every bound: a long figure as written (95,385,057股) kept its column
whole while the subject was squeezed to 公司… and 航天…, and with the Qual.
column gone 不超15.5亿 read as 15.5亿元.  On a pane too narrow for both, the
Figure column goes last of all (the reader highlights the figure as
written, `i` shows it) and the subject keeps its words; once the Qual.
column is gone the value carries the qualifier where Chinese writes it
(不超15.5亿元, 2万多个, 60%以上, ↓约8.6%)."""

from __future__ import annotations

import pytest

import store as store_mod
from tests.app_helpers import settle
from tui.app import FactdeskApp
from tui.widgets.facts_table import FactsTable

BASE = {"article_id": "a0", "where": "body", "start": 0, "end": 1, "clause": "", "section": None}
FACTS = [
    {**BASE, "id": "h1", "kind": "count", "surface": "95,385,057股", "value": 95385057, "value_text": "95385057",
     "unit": "股", "subject": "公司实际控制人持股"},
    {**BASE, "id": "h2", "kind": "money", "surface": "不超15.5亿", "value": 1550000000, "value_text": "1550000000",
     "unit": "元", "subject": "定增募资", "qualifier": "不超"},
    {**BASE, "id": "h3", "kind": "count", "surface": "2万多个", "value": 20000, "value_text": "20000",
     "unit": "个", "subject": "应用场景", "qualifier": "多"},
    {**BASE, "id": "h4", "kind": "percent", "surface": "60%以上", "value": 60, "value_text": "60",
     "unit": "%", "subject": "民营经济占比", "qualifier": "以上"},
    {**BASE, "id": "h5", "kind": "percent", "surface": "约8.6%", "value": 8.6, "value_text": "8.6", "unit": "%",
     "subject": "刑事警情", "change": "down", "change_word": "下降", "qualifier": "约"},
]
SAID = ["≈9539万股", "不超15.5亿元", "2万多个", "60%以上", "↓约8.6%"]


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory):
    return store_mod.open_store(tmp_path_factory.mktemp("store") / "s.json")


async def _table(pilot, facts) -> FactsTable:
    await settle(pilot)
    table = pilot.app.query_one(FactsTable)
    table.set_facts(facts)
    await pilot.pause()
    return table


async def test_at_80x24_the_subject_keeps_its_words_and_the_value_its_qualifier(seeded) -> None:
    async with FactdeskApp(seeded).run_test(size=(80, 24)) as pilot:
        table = await _table(pilot, FACTS)
        assert "surface" not in table.widths and "qualifier" not in table.widths
        assert [table.cell_text(n, "subject") for n in range(5)] == [f["subject"] for f in FACTS]
        assert [table.cell_text(n, "value") for n in range(5)] == SAID
        assert sum(w + 2 for w in table.widths.values()) <= table.content_region.width


async def test_short_figures_keep_their_column_at_80x24(seeded) -> None:
    short = [{**f, "subject": f["subject"][:2]} for f in FACTS[1:]]
    async with FactdeskApp(seeded).run_test(size=(80, 24)) as pilot:
        table = await _table(pilot, short)
        assert [table.cell_text(n, "surface") for n in range(4)] == [f["surface"] for f in short]
        assert [table.cell_text(n, "value") for n in range(4)] == SAID[1:]


async def test_where_the_qual_column_fits_the_value_stays_bare(seeded) -> None:
    async with FactdeskApp(seeded).run_test(size=(200, 50)) as pilot:
        table = await _table(pilot, FACTS)
        assert "qualifier" in table.widths and "surface" in table.widths
        assert [table.cell_text(n, "qualifier") for n in range(1, 5)] == ["不超", "多", "以上", "约"]
        assert table.cell_text(1, "value") == "15.5亿" and table.cell_text(4, "value") == "↓8.6%"
