"""Who or what moved in a market wrap-up: a currency that gains or loses value is the subject of its own change
(store/facts/subject_currency_moves.py), and a net trade is named by its trader and verb, without the market, day
or adverb between them (store/facts/subject_net_trades.py). Conventions: the subject is what was measured."""

from __future__ import annotations

import pytest

from store.facts import extract


def facts(text: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date="2026-03-02")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("人民幣上月升值2.1%。", "2.1%", "人民幣"),
    # a list of currencies: each its own, never the item's before it
    ("上月美元指數下跌0.9%，英鎊貶值0.7%，而紐元升值1.4%、人民幣升值0.8%。", "0.8%", "人民幣"),
    ("上月美元指數下跌0.9%，英鎊貶值0.7%，而紐元升值1.4%、人民幣升值0.8%。", "1.4%", "紐元"),
    # what it is quoted against stays with it
    ("3月末人民币对一篮子货币较上年末升值1.9%。", "1.9%", "人民币对一篮子货币"),
])
def test_a_currency_is_the_subject_of_its_own_rise_or_fall(text: str, surface: str, expected: str) -> None:
    assert facts(text)[surface]["subject"] == expected


def test_a_currency_falls_when_told_short() -> None:
    got = facts("歐元升值0.3%，日圓貶0.6％，加幣升0.2％。")
    assert (got["0.6％"]["subject"], got["0.6％"]["change"], got["0.6％"]["change_word"]) == ("日圓", "down", "貶")
    assert got["0.2％"]["subject"] == "加幣"


def test_a_sum_in_a_currency_still_names_no_currency_alone() -> None:
    got = facts("本次標售總額：新臺幣120億元。")
    assert got["120億元"]["subject"] != "新臺幣"


@pytest.mark.parametrize(("text", "surface", "expected"), [
    # the market between the trader and its trade is no part of it
    ("外資昨日在集中市場買超86億元。", "86億元", "外資買超"),
    # nor an adverb
    ("投信買超12.5億元，自營商也賣超9.1億元。", "9.1億元", "自營商賣超"),
    ("自營商今日同步減碼賣超30.2億元。", "30.2億元", "自營商賣超"),
    # a trader named once for the sentence trades in its later clause, with the sum's word
    ("今日三大法人同步站在買方，合計買超215.4億元。", "215.4億元", "三大法人合計買超"),
    # a running total keeps its word
    ("外資賣超88億元，連三賣，累計賣超402億元。", "402億元", "外資累計賣超"),
])
def test_a_net_trade_is_named_by_its_trader_and_verb(text: str, surface: str, expected: str) -> None:
    assert facts(text)[surface]["subject"] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    # the desk in brackets stays
    ("自營商（避險）賣超12.3億元。", "12.3億元", "自營商（避險）賣超"),
    # the thing flowing: a board's or an index's inflow
    ("沪深300主力资金净流出超120亿元。", "超120亿元", "沪深300主力资金净流出"),
])
def test_a_trade_already_named_with_its_owner_is_kept(text: str, surface: str, expected: str) -> None:
    assert facts(text)[surface]["subject"] == expected


def test_a_stock_sold_by_a_trader_is_not_the_traders_trade() -> None:
    got = facts("權值股聯發科遭外資賣超4,210張。")
    assert not (got["4,210張"]["subject"] or "").startswith("外資")


def test_a_level_came_to_is_the_indicators() -> None:
    # 來到/来到 reaches a level as 达 does: no part of the subject, which names what reached it (told within
    # the year it sums, the year's word left the subject with the verb and nothing else)
    got = {f["surface"]: f for f in extract("114 年全年出超金額來到 1,571.4 億美元。", date="2025-06-01")}
    assert got["1,571.4 億美元"]["subject"] == "出超金額"
