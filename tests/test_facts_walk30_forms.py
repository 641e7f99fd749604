"""Forms walk30 met following indicators through the series view, each as its class (sentences written for the tests).

- **A list's items that write only the first character of the last item's magnitude** (`连续迈上100万、110万、120万和
  130万亿元台阶`) are of that magnitude: each was read as 万元, wrong by eight places, and plotted as the economy's size.
- **A gloss typeset apart from its name** (`2月德国消费者价格指数 (CPI) 同比上涨8.7%`): the space cut the name, and the
  subject `CPI` put Germany's inflation into China's CPI series.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _values(text: str) -> list[tuple[str, object]]:
    return [(f["surface"], f["value"]) for f in extract(text) if f["kind"] == "money"]


@pytest.mark.parametrize(("text", "values"), [
    ("我国经济总量连续迈上100万、110万、120万和130万亿元台阶。",
     [("100万", 10**14), ("110万", 110 * 10**12), ("120万", 120 * 10**12), ("130万亿元", 130 * 10**12)]),
    ("分别为1.2万、1.5万和1.8万亿元。", [("1.2万", 12 * 10**11), ("1.5万", 15 * 10**11), ("1.8万亿元", 18 * 10**11)]),
])
def test_list_items_share_the_magnitude_they_write_the_start_of(text: str, values: list) -> None:
    assert _values(text) == values


@pytest.mark.parametrize(("text", "values"), [
    ("补贴标准分别为2万、3万和4万元。", [("2万", 20000), ("3万", 30000), ("4万元", 40000)]),
    ("分别为2亿、3亿和4万亿元。", [("2亿", 2 * 10**8), ("3亿", 3 * 10**8), ("4万亿元", 4 * 10**12)]),
])
def test_items_that_write_their_own_magnitude_keep_it(text: str, values: list) -> None:
    assert _values(text) == values


@pytest.mark.parametrize(("text", "subject"), [
    ("2月德国消费者价格指数 (CPI) 同比上涨8.7%。", "德国消费者价格指数 (CPI)"),
    ("美国个人消费支出价格指数 (PCE) 同比上涨2.5%。", "美国个人消费支出价格指数 (PCE)"),
])
def test_a_gloss_typeset_apart_keeps_its_name(text: str, subject: str) -> None:
    assert [f["subject"] for f in extract(text) if f["kind"] == "percent"] == [subject]


def test_a_unit_s_abbreviation_before_its_figure_is_no_gloss() -> None:
    """每百萬英熱單位 (MMBtu)3.70 美元: the bracket names the unit the price is per, not the indicator."""
    f = next(f for f in extract("當日天然氣期貨價格重挫 14.7%，跌至每百萬英熱單位 (MMBtu)3.70 美元。") if f["kind"] == "money")
    assert f["subject"] == "天然氣期貨價格"


@pytest.mark.parametrize(("text", "surface"), [
    ("今年以来，中国人民银行新设立1万亿民营企业再贷款。", "1万亿"),
    ("国务院国资委批准成立的300亿国有企业土地资产盘活专项基金。", "300亿"),
])
def test_a_sum_in_yi_that_names_its_owner_before_the_money_word_is_money(text: str, surface: str) -> None:
    """1万亿民营企业再贷款 was a count of a trillion (of firms); a count that large is rare, the money word comes later."""
    f = next(f for f in extract(text) if f["surface"] == surface)
    assert (f["kind"], f["unit"]) == ("money", "元")


def test_people_counted_in_yi_stay_people() -> None:
    f = next(f for f in extract("2.8亿农民工收入增长。") if f["surface"] == "2.8亿")
    assert (f["kind"], f["unit"]) == ("count", "人")
