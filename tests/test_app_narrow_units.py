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
    if not unit or fact.get("kind") in ("percent", "points"):
        return True
    return table.cell_text(row, "unit") == unit or value.endswith(unit)


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
        assert table.cell_text(money, "value") == "1000亿元"
        assert sum(w + 2 for w in table.widths.values()) <= table.content_region.width


async def test_where_the_unit_column_fits_the_value_stays_bare_beside_it(seeded) -> None:
    app = FactdeskApp(seeded)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        table = app.query_one(FactsTable)
        assert "unit" in table.widths
        money = next(row for row in range(table.row_count) if table.shown[row]["surface"] == "超千亿元")
        assert (table.cell_text(money, "value"), table.cell_text(money, "unit")) == ("1000亿", "元")
        for row in range(table.row_count):
            assert _unit_shown(table, row)
