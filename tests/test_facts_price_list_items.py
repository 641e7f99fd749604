"""Prices listed bare in a market report (found28): a place or grade's number after a price per unit, or
under a heading that names the unit once, is a price in that unit —

- `山东地区主流出厂价1850-1880元/吨，河南地区1830-1860`: the next item of the list, 1830–1860 元/吨;
- `螺纹钢市场价格（元/吨）：上海3450，杭州3480`: each city's price in the heading's unit;
- `主流价格3650-3700，较昨日上涨20元/吨`: a price named right before its bare level, in the unit of its move;
- a number of another order than the price before it, a move (`较前日上涨15`, read apart as the price's move),
  a bare level with no price per unit in its sentence (`上证指数收于3250`) and a number a unit or a word
  follows stay as they were.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _prices(text: str) -> dict[str, tuple]:
    return {f["surface"]: (f["kind"], f["value"], f["value_high"], f["unit"]) for f in extract(text)}


def test_an_item_after_a_price_per_unit_is_priced_in_its_unit() -> None:
    got = _prices("本周尿素市场稳中有涨，山东地区主流出厂价1850-1880元/吨，河南地区1830-1860。")
    assert got["1830-1860"] == ("money", 1830, 1860, "元/吨")


def test_every_item_of_a_list_after_the_first_price_is_priced() -> None:
    got = _prices("今日主要城市螺纹钢均价3520元/吨，其中上海3480-3500，广州3650。")
    assert got["3480-3500"] == ("money", 3480, 3500, "元/吨")
    assert got["3650"] == ("money", 3650, None, "元/吨")


def test_a_heading_in_brackets_names_the_unit_of_the_list() -> None:
    got = _prices("国内螺纹钢市场价格（元/吨）：上海3450，杭州3480，南京3420。")
    assert [got[s] for s in ("3450", "3480", "3420")] == [("money", v, None, "元/吨") for v in (3450, 3480, 3420)]


def test_a_bare_price_read_as_a_sum_takes_the_heading_unit() -> None:
    got = _prices("黄金现货报价（元/克）：上海金交所752.3，周大福1068。")
    assert (got["752.3"], got["1068"]) == (("money", 752.3, None, "元/克"), ("money", 1068, None, "元/克"))


def test_a_listed_price_carries_its_move() -> None:
    moves = [f for f in extract("原油价格为72.5美元/桶，布伦特原油76.3，较上周上涨2.1。") if f["surface"] == "2.1"]
    assert [(f["unit"], f["change"], f["base"]) for f in moves] == [("美元/桶", "up", "上周")]


def test_a_price_named_before_its_bare_level_takes_the_unit_of_its_move() -> None:
    got = _prices("今日华东地区螺纹钢主流价格3650-3700，较昨日上涨20元/吨。")
    assert got["3650-3700"] == ("money", 3650, 3700, "元/吨")


def test_subjects_are_the_items_named() -> None:
    facts = {f["surface"]: f for f in extract("国内螺纹钢市场价格（元/吨）：上海3450，杭州3480。")}
    assert (facts["3450"]["subject"], facts["3480"]["subject"]) == ("上海", "杭州")


@pytest.mark.parametrize(("text", "surface"), [
    ("金价报2350美元/盎司，较前日上涨15，白银28。", "28"),          # of another order than the level
    ("上证指数收于3250，深成指10200。", "3250"),                   # no price per unit in the sentence
])
def test_numbers_that_are_no_item_of_the_list_stay_unread(text: str, surface: str) -> None:
    assert surface not in _prices(text)


def test_the_move_after_a_price_stays_the_price_move() -> None:
    facts = [f for f in extract("金价报2350美元/盎司，较前日上涨15，伦敦金2345。") if f["surface"] in ("15", "2345")]
    assert [(f["surface"], f["change"], f["unit"]) for f in facts] == [("15", "up", "美元/盎司"),
                                                                       ("2345", None, "美元/盎司")]
