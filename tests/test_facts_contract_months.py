"""A metal's futures contract named by its month (`5月期铜`, `4月期铜合约`, `12月期金`) is a contract
month, read as `3月交货` is: the next such month from the article's date; a tenor (`3个月期铜`) is none."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "date", "month"), [
    ("其中成交最活跃的5月期铜收高9.7美分或2.44%。", "2021-03-08", "2021-05"),
    ("上海期货交易所的4月期铜合约收盘下跌1180元。", "2021-03-08", "2021-04"),
    ("上海期货交易所的2月期铜合约收盘上涨190元。", "2021-01-05", "2021-02"),
    ("纽约商品交易所12月期金收于1780美元。", "2021-10-20", "2021-12"),
    ("2月期铜合约收盘上涨190元。", "2020-12-28", "2021-02"),
])
def test_a_metal_contract_month_is_the_next_such_month(text: str, date: str, month: str) -> None:
    assert month in [f["value"] for f in extract(text, date=date) if f["kind"] == "date"]


def test_a_tenor_of_months_is_no_contract_month() -> None:
    assert not [f for f in extract("伦敦金属交易所3个月期铜价格上涨。", date="2021-03-08") if f["kind"] == "date"]
