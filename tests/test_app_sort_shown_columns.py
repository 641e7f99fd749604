"""s in the facts pane sorts by the next column shown.  At 80×24 the
value carries its unit and its qualifier (their columns are not drawn),
yet s went on to "by Unit" and "by Qual.": the pane's title named an
order by a column nowhere on screen and the rows seemed to move at
random (found walking the app at 80×24 with a search active)."""

from __future__ import annotations

import pytest

import store as store_mod
from tests.app_helpers import settle
from tui.app import FactdeskApp
from tui.widgets.facts_table import COLUMNS, FactsTable


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory):
    return store_mod.open_store(tmp_path_factory.mktemp("store") / "s.json")


@pytest.mark.parametrize("size", [(80, 24), (160, 40)])
async def test_s_cycles_through_the_columns_shown_and_back_to_the_text_order(seeded, size) -> None:
    app = FactdeskApp(seeded)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        table = app.query_one(FactsTable)
        table.focus()
        orders = []
        for _ in range(len(COLUMNS) + 1):
            await pilot.press("s")
            await settle(pilot)
            if table.sort_column is None:
                break
            key = COLUMNS[table.sort_column].key
            assert key in table.widths, (key, list(table.widths))
            assert "▲" in str(table.columns[key].label)  # the header says it too
            orders.append(key)
        assert table.sort_column is None and orders == [k for k in table.widths if k != "sentence"][:len(orders)]
        assert len(orders) == len([k for k in table.widths if k != "sentence"])
