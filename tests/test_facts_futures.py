"""Commodity and futures reports (store/facts/subject_futures.py): a price is the price of what
the sentence trades, never the description of the level, the denominator or the week."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2024-08-15")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("纽约商品交易所白银期货价格15日小幅反弹,9月合约以接近平盘的每盎司28.40美元收盘,比前一交易日微涨0.05美元。",
     "28.40美元", "纽约商品交易所白银期货价格"),
    ("纽约商品交易所白银期货价格15日小幅反弹,9月合约以接近平盘的每盎司28.40美元收盘,比前一交易日微涨0.05美元。",
     "0.05美元", "纽约商品交易所白银期货价格"),
    ("本周前三个交易日,12月期铜合约累计下跌320美元,收于8650美元的近两个月来的低点。", "8650美元", "期铜合约"),
    ("当天,纽约商品交易所9月份交货的轻质原油期货价格每桶上涨52美分,收于77.91美元,盘中曾出现78.30美元的本月最高交易价。",
     "78.30美元", "轻质原油期货价格"),
    ("其中8天柴油价格下跌,也自每加仑3.15美元的天价回跌27%。", "3.15美元", "柴油价格"),
    ("其中8天柴油价格下跌,也自每加仑3.15美元的天价回跌27%。", "27%", "柴油价格"),
])
def test_a_level_told_by_what_it_was_is_the_price_of_what_is_traded(text: str, surface: str, expected: str) -> None:
    got = subjects(text)[surface]
    assert got is not None and got.endswith(expected)


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("纽约商交所10月份交货的汽油期货价格当天每加仑下跌4.12美分,收于2.1340美元。", "4.12美分", "汽油期货价格"),
    ("纽约商交所10月份交货的汽油期货价格当天每加仑下跌4.12美分,收于2.1340美元。", "2.1340美元", "汽油期货价格"),
    ("上周美国汽油库存比前一周减少了210万桶,降至2.21亿桶。", "210万桶", "美国汽油库存"),
])
def test_the_denominator_and_the_week_are_not_the_subject(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_a_unit_conversion_in_brackets_measures_nothing_and_the_price_after_it_is_named_before_it() -> None:
    got = subjects("9月份交货的天然气期货价格每1000立方英尺(1立方米约合35立方英尺)上涨8.1美分,收于2.155美元。")
    assert got["1立方米"] is None
    assert got["8.1美分"] == "天然气期货价格"
    assert got["2.155美元"] == "天然气期货价格"


def test_a_money_conversion_keeps_its_subject() -> None:
    got = subjects("该公司2025财年净亏损3120亿日元（约合150亿元人民币），为连续第二年亏损。")
    assert got["150亿元人民币"] == "净利润"
