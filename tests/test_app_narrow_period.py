"""At 80×24 the facts pane showed each figure twice — the Figure column
(385亿元) beside the value with its unit (385亿元) — and dropped the period,
which nothing else on the screen says: 500亿元 of 商业航天产业规模 read as
a fact of now where the article gives it as a 2027 target.  On a narrow
pane the figure as written goes before the period (the value carries the
unit and the bound, the reader highlights the figure, `i` shows it), and a
column empty in every row goes before any that says something."""

from __future__ import annotations

import pytest

import store as store_mod
from tests.app_helpers import settle
from tui.app import FactdeskApp
from tui.widgets.facts_table import FactsTable, plan_widths

BASE = {"article_id": "a0", "where": "body", "start": 0, "end": 1, "clause": "", "section": None}
FACTS = [
    {**BASE, "id": "p1", "kind": "money", "surface": "385亿元", "value": 38500000000, "value_text": "38500000000",
     "unit": "元", "subject": "投资"},
    {**BASE, "id": "p2", "kind": "count", "surface": "150颗", "value": 150, "value_text": "150",
     "unit": "颗", "subject": "商业卫星", "period": "2027", "period_text": "2027年"},
    {**BASE, "id": "p3", "kind": "money", "surface": "500亿元", "value": 50000000000, "value_text": "50000000000",
     "unit": "元", "subject": "商业航天产业规模", "period": "2027", "period_text": "2027年"},
    {**BASE, "id": "p4", "kind": "percent", "surface": "50.2%", "value": 50.2, "value_text": "50.2",
     "unit": "%", "subject": "中国物流业景气指数", "period": "2026-03", "period_text": "3月份"},
]


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory):
    return store_mod.open_store(tmp_path_factory.mktemp("store") / "s.json")


async def test_at_80x24_each_figure_keeps_its_period_and_is_said_once(seeded) -> None:
    async with FactdeskApp(seeded).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = pilot.app.query_one(FactsTable)
        table.set_facts(FACTS)
        await pilot.pause()
        assert "period" in table.widths and "surface" not in table.widths
        assert [table.cell_text(n, "period") for n in range(4)] == ["", "2027年", "2027年", "2026年3月"]
        assert [table.cell_text(n, "value") for n in range(4)] == ["385亿元", "150颗", "500亿元", "50.2%"]
        assert [table.cell_text(n, "subject") for n in range(4)] == [f["subject"] for f in FACTS]
        assert sum(w + 2 for w in table.widths.values()) <= table.content_region.width


def test_a_column_blank_in_every_row_goes_before_one_that_says_something() -> None:
    natural = {"kind": 7, "surface": 8, "subject": 14, "value": 6, "unit": 4, "period": 7,
               "change": 6, "qualifier": 5, "sentence": 0}
    room = sum(natural[k] + 2 for k in ("kind", "surface", "subject", "value", "unit", "period", "qualifier"))
    # Room for all but one of the minor columns: the Qual. column goes first by order …
    assert "qualifier" not in plan_widths(natural, room, wide=False)
    # … unless the Change column is blank in every row: then it goes instead.
    widths = plan_widths(natural, room, wide=False, empty={"change"})
    assert "change" not in widths and "qualifier" in widths and "period" in widths
    # A blank period goes before the figure as written.
    narrow = sum(natural[k] + 2 for k in ("kind", "surface", "subject", "value"))
    widths = plan_widths(natural, narrow, wide=False, empty={"period", "change", "qualifier"})
    assert "surface" in widths and "period" not in widths


def test_a_blank_column_gives_way_to_a_subject_it_would_cut() -> None:
    # 120×40: 全国居民消费价格指数 was cut to 全国居民消费价… beside an empty Qual. column
    natural = {"kind": 7, "surface": 4, "subject": 20, "value": 6, "unit": 4, "period": 7,
               "change": 6, "qualifier": 5, "sentence": 0}
    fixed = ("kind", "surface", "value", "unit", "period", "change", "qualifier")
    room = sum(natural[k] + 2 for k in fixed) + 8 + 2 + 10  # the subject gets 18 of its 20 cells
    # Saying something, it goes too where that keeps the subject whole: the
    # value then carries the qualifier (超1000亿元, 2万多个), as at 80×24.
    said = plan_widths(natural, room, wide=False)
    assert "qualifier" not in said and said["subject"] == 20 and "period" in said
    widths = plan_widths(natural, room, wide=False, empty={"qualifier"})
    assert "qualifier" not in widths and widths["subject"] == 20 and "change" in widths
    # Only as far as the subject needs: with room for it whole, a blank column stays.
    assert "qualifier" in plan_widths(natural, room + 2, wide=False, empty={"qualifier"})


def test_a_column_another_says_goes_before_the_subject_is_cut_but_never_the_period() -> None:
    """120×40, periods in words: 社会消费品零售… beside 0.4个百分点 said three
    times (Figure, Value ↑0.4 pp, Unit 个百分点).  The first column in drop
    order whose going keeps the subject whole goes; the period never does,
    and the kind only once the value carries its unit."""
    natural = {"kind": 7, "surface": 11, "subject": 18, "value": 7, "unit": 8, "period": 14,
               "change": 0, "qualifier": 0, "sentence": 0}
    shown = ("kind", "surface", "value", "unit", "period")
    room = sum(natural[k] + 2 for k in shown) + 14 + 2  # the subject would get 14 of its 18 cells
    widths = plan_widths(natural, room, wide=False, empty={"change", "qualifier"})
    assert "unit" not in widths and widths["subject"] == 18 and {"kind", "surface", "period"} <= set(widths)
    # With no room to win by one column, nothing more goes and the period stays.
    tight = sum(natural[k] + 2 for k in ("value", "period")) + 14 + 2
    assert "period" in plan_widths(natural, tight, wide=False, empty={"change", "qualifier"})
