"""An analyst must see every value with its unit: on a pane too narrow for
the Unit column (an 80×24 terminal) the unit goes with the value
(1000亿元, 4.3万辆, 第1批), and where the Unit column fits the value stays bare
beside it."""

from __future__ import annotations

import pytest

import store as store_mod
from tests.app_helpers import settle
from tui.app import FactdeskApp
from tui.widgets.facts_table import FactsTable


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory):
    return store_mod.open_store(tmp_path_factory.mktemp("store") / "s.json")


def _unit_shown(table: FactsTable, row: int) -> bool:
    fact, value = table.shown[row], table.cell_text(row, "value") or ""
    unit = fact.get("unit")
    if fact.get("kind") == "date":
        return not value.endswith(("日", "月"))    # the date is its own unit: 2025-11-25, never 2025-11-25日
    if not unit or fact.get("kind") in ("percent", "points"):
        return True
    qualifier = fact.get("qualifier") or ""
    return table.cell_text(row, "unit") == unit or value.endswith(unit) or value.endswith(unit + qualifier)


async def test_at_80x24_every_value_is_shown_with_its_unit(seeded) -> None:
    app = FactdeskApp(seeded)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = app.query_one(FactsTable)
        assert "unit" not in table.widths and table.row_count > 20
        assert any(table.shown[row].get("unit") for row in range(table.row_count))
        for row in range(table.row_count):
            assert _unit_shown(table, row), (table.shown[row]["surface"], table.cell_text(row, "value"))
        money = next(row for row in range(table.row_count) if table.shown[row]["surface"] == "超千亿元")
        assert table.cell_text(money, "value") == "超1000亿元"  # the Qual. column is gone too
        assert sum(w + 2 for w in table.widths.values()) <= table.content_region.width


async def test_where_the_unit_column_fits_the_value_stays_bare_beside_it(seeded) -> None:
    app = FactdeskApp(seeded)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        table = app.query_one(FactsTable)
        assert "unit" in table.widths
        money = next(row for row in range(table.row_count) if table.shown[row]["surface"] == "超千亿元")
        over = "" if "qualifier" in table.widths else "超"  # no Qual. column: the value says it
        assert (table.cell_text(money, "value"), table.cell_text(money, "unit")) == (f"{over}1000亿", "元")
        for row in range(table.row_count):
            assert _unit_shown(table, row)


async def test_the_unit_goes_with_the_value_before_the_period_is_dropped(tmp_path) -> None:
    """At 120×30 a report with a long figure (２０２５年第三季度) lost its
    Period column while the Unit column took 10 cells: its two 净利润 rows,
    -2.3亿 (2025Q3) and -1.1亿 (2024Q3), could not be told apart."""
    import json

    record = {"title": "ＡＢＣ公司（全称：ＡＢＣ科技股份有限公司）发布２０２５年第三季度财报", "date": "2025-11-01",
              "body": "ＡＢＣ公司第三季度营业收入１２３．４５亿元，同比增长１５％；净亏损２．３亿元，上年同期亏损１．１亿元。"
                      "毛利率为３５．６％，较上年同期下降２．１个百分点。", "source": "证券时报"}
    (tmp_path / "r.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    store = store_mod.open_store(tmp_path / "s.json", seed=False)
    store.ingest([tmp_path / "r.jsonl"])
    app = FactdeskApp(store)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        table = app.query_one(FactsTable)
        assert "period" in table.widths and "unit" not in table.widths
        losses = [row for row in range(table.row_count) if table.shown[row].get("subject") == "净利润"]
        assert [(table.cell_text(r, "value"), table.cell_text(r, "period")) for r in losses] == [
            ("-2.3亿元", "2025年三季度"), ("-1.1亿元", "2024年三季度")]
        assert sum(w + 2 for w in table.widths.values()) <= table.content_region.width


def test_a_date_range_in_the_value_column_carries_no_unit() -> None:
    """A week told 3月28日—4月5日 is shown 2024-03-28–2024-04-05 on a narrow pane, not with its 日 after it."""
    from tui.widgets.facts_table import value_in_full

    week = {"kind": "date", "surface": "3月28日—4月5日", "value": "2024-03-28", "value_high": "2024-04-05", "unit": "日"}
    assert value_in_full(week, False, unit=True, qualifier=True) == "2024-03-28–2024-04-05"
