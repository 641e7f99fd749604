"""At 80×24 the seed's facts pane had no room for the Period column: Kind
(`multiple` is eight cells), the subject and the value with its unit took
the pane, and 4万亿元 of 工业总量目标 read as a figure of now where the
article gives it as a 2027 target.  Once the value carries its unit
(159个, 超1000亿元, 58.2%, 25 bp) it says the kind, so on a pane too narrow
for both the Kind column goes before the period, and the value cell takes
the kind's colour: at 80 columns subject, value with its unit and period
are all read whole."""

from __future__ import annotations

import pytest

from tests.app_helpers import settle
from tests.fake_store import FakeStore
from tests.test_snapshots import check
from tui.app import FactdeskApp
from tui.widgets.component_style import component_style
from tui.widgets.facts_table import FactsTable

BASE = {"article_id": "a0", "where": "body", "start": 0, "end": 1, "clause": "", "section": None,
        "qualifier": None, "change": None, "change_word": None, "period_text": None}


def _fact(n: int, kind: str, surface: str, value, unit, subject, period, **more) -> dict:
    return {**BASE, "id": f"s{n}", "kind": kind, "surface": surface, "value": value, "value_text": str(value),
            "unit": unit, "subject": subject, "period": period, **more}


FACTS = [  # the seed's first article, as an analyst meets it, and a rate cut in basis points
    _fact(1, "year", "2025", 2025, "年", None, "2025"),
    _fact(2, "date", "11月25日", "2025-11-25", None, None, "2025-11-25"),
    _fact(3, "count", "159个", 159, "个", "总签约项目", "2025-11-25"),
    _fact(4, "money", "超千亿元", 100000000000, "元", "合同金额", "2025-11-25", qualifier="超"),
    _fact(5, "money", "4万亿", 4000000000000, "元", "工业总量目标", "2027"),
    _fact(6, "multiple", "22倍", 22, "倍", "产量", None, change="up", change_word="激增"),
    _fact(7, "count", "95.3万辆", 953000, "辆", "重庆新能源汽车产量", "2024"),
    _fact(8, "points", "25个基点", 0.25, "个基点", "一年期贷款市场报价利率", "2025-05", change="down",
          change_word="下调"),
    _fact(9, "percent", "5.8%", 5.8, "%", "规模以上工业增加值", "2024-01/2024-11", change="up", change_word="增长"),
]


async def _facts_at(pilot, facts=FACTS) -> FactsTable:
    await settle(pilot)
    table = pilot.app.query_one(FactsTable)
    table.set_facts(facts)
    await pilot.pause()
    return table


async def test_at_80x24_subject_value_unit_and_period_are_all_read_whole() -> None:
    async with FactdeskApp(FakeStore("/tmp/factdesk-fixture.json")).run_test(size=(80, 24)) as pilot:
        table = await _facts_at(pilot)
        assert list(table.widths) == ["subject", "value", "period"]
        rows = range(len(FACTS))
        assert [table.cell_text(n, "period") for n in rows] == [  # in words, as a citation says them
            "2025年", "2025年11月25日", "2025年11月25日", "2025年11月25日", "2027年", "", "2024年", "2025年5月",
            "2024年1-11月"]
        assert [table.cell_text(n, "value") for n in rows] == [
            "2025年", "2025-11-25", "159个", "超1000亿元", "4万亿元", "↑22倍", "95.3万辆", "↓25 bp", "↑5.8%"]
        # every subject whole but the longest, which keep most of themselves (`i` shows them whole)
        assert [table.cell_text(n, "subject") for n in rows][:6] == [f["subject"] or "" for f in FACTS][:6]
        assert table.cell_text(6, "subject").startswith("重庆新能源汽车")
        assert table.cell_text(7, "subject").startswith("一年期贷款市场")
        assert sum(w + 2 for w in table.widths.values()) <= table.content_region.width
        check("facts_80x24.svg", pilot.app.export_screenshot(title="factdesk"))


async def test_the_value_takes_the_kind_s_colour_once_the_kind_column_has_gone() -> None:
    async with FactdeskApp(FakeStore("/tmp/factdesk-fixture.json")).run_test(size=(80, 24)) as pilot:
        table = await _facts_at(pilot)
        value = list(table.widths).index("value")
        for n, fact in enumerate(FACTS):
            cell = table.get_row_at(n)[value]
            assert cell.spans and cell.spans[0].style == component_style(table, f"facts-table--{fact['kind']}")


async def test_a_wider_pane_keeps_the_kind_column() -> None:
    async with FactdeskApp(FakeStore("/tmp/factdesk-fixture.json")).run_test(size=(120, 40)) as pilot:
        table = await _facts_at(pilot)
        assert {"kind", "subject", "value", "period"} <= set(table.widths)


async def test_the_kind_column_goes_where_that_keeps_every_subject_whole() -> None:
    """At 100×30 the periods in words (2025年11月25日) left the Kind column
    beside subjects cut short (重庆新能源汽…); the value says the kind once it
    carries its unit, so the Kind column goes and every subject reads whole."""
    async with FactdeskApp(FakeStore("/tmp/factdesk-fixture.json")).run_test(size=(100, 30)) as pilot:
        table = await _facts_at(pilot)
        assert list(table.widths) == ["subject", "value", "period"]
        assert [table.cell_text(n, "subject") for n in range(len(FACTS))] == [f["subject"] or "" for f in FACTS]
