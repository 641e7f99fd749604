"""Futures contract months (store/facts/period_contracts.py): `12月份交货的白银期货`, `5月布伦特原油期货`,
`12月期金合约` name a contract by its delivery month — a date ahead of the article, never the
period of the prices quoted for it (those are the trading day's, or have none when no day is
named; tests/gold/README.md: contract months resolve ahead of the date)."""

from __future__ import annotations

import pytest

from store.facts import extract


def facts(text: str, date: str = "2008-10-21") -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "month", "price"), [
    ("12月份交货的白银期货价格每盎司上涨35.5美分,收于9.69美元。", "12月份", "9.69美元"),
    ("纽约商品交易所12月份交货的轻质原油期货价格每桶下跌1.04美元,收于60.36美元。", "12月份", "60.36美元"),
    ("伦敦国际石油交易所12月份交货的北海布伦特原油期货价格每桶下跌1.28美元,收于60.77美元。", "12月份", "60.77美元"),
    ("5月布伦特原油期货收跌1.49美元,跌幅5.2%,收于每桶26.98美元。", "5月", "26.98美元"),
    ("12月期金合约暴跌51.30美元,收于787.70美元。", "12月", "787.70美元"),
    ("11月份交货的取暖油期货价格每加仑下跌3.9美分,收于1.70美元。", "11月份", "1.70美元"),
])
def test_a_contract_month_is_a_date_ahead_and_not_the_period_of_its_price(text: str, month: str, price: str) -> None:
    got = facts(text)
    date = next(f for s, f in got.items() if s.startswith(month))
    assert date["kind"] == "date"
    assert date["value"] >= "2008-10"                # the next such month, not last year's
    assert got[price]["period"] is None


def test_a_contract_month_next_year_keeps_its_year_and_lends_it_to_no_price() -> None:
    got = facts("明年1月份交货的白金期货价格每盎司上涨11.50美元,收于892.50美元。")
    assert next(f for s, f in got.items() if s.startswith("明年1月"))["value"] == "2009-01"
    assert (got["11.50美元"]["period"], got["892.50美元"]["period"]) == (None, None)


def test_a_contract_month_after_a_named_trading_day_leaves_the_price_the_day() -> None:
    got = facts("纽约商品交易所周三收盘时,11月原油期货每桶下跌79美分,为62.41美元。", date="2005-10-21")
    assert got["11月"]["value"] == "2005-11"
    assert got["62.41美元"]["period"] == "2005-10-19"


def test_a_month_of_the_futures_market_itself_is_still_a_period() -> None:
    got = facts("4月全国期货市场成交额为56.74万亿元，同比增长28.49%。", date="2024-05-07")
    assert got["56.74万亿元"]["period"] == "2024-04"
