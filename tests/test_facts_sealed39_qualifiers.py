"""Qualifiers a fresh sample (sealed39) showed lost, each as its class (sentences written for the tests).

- **A bound or estimate before the words that lead to the number** is the number's: before the currency named
  (`约人民币191.5百万元`, `逾新台幣1.3兆元`, `至少有新台幣91萬`, `約每公斤新台幣32元`), and an estimate before the
  move or share it reads (`約漲5.2%`, `約季增2.6%`, `约上涨20%`, `約佔3成`, `约占全国的1/3`, `約落在4,353億元`)
  — sealed6, sealed10, sealed15, sealed17, sealed33, sealed34, sealed36 and sealed37 label them so; 约 ending a
  contract's word (`主力合约跌0.30%`, `鐵礦石期約漲7%`, `合約佔2,862份`) estimates nothing.
- **About and around together** (`約落在500億元左右`, `約為1250元左右`): the sets label 左右.
- **近 before a count of quarters** (`創近11季新高`) is its qualifier and in its surface, as `近15年` is.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _fact(text: str, surface: str, date: str = "2025-10-16") -> dict:
    return next(f for f in extract(text, date=date) if f["surface"] == surface)


@pytest.mark.parametrize(("text", "surface", "qualifier"), [
    ("收入减少17.5%至约人民币191.5百万元。", "191.5百万元", "约"),
    ("竹科今年前十月營業額逾新台幣1.3兆元、年增29.5%。", "1.3兆元", "逾"),
    ("若以今日價格來算，至少有新台幣91萬的價值。", "新台幣91萬", "至少"),
    ("今天批發市場平均價約每公斤新台幣32元,維持平穩。", "32元", "约"),
    ("募集资金总额不超过人民币155,000.00万元（含本数）。", "155,000.00万元", "不超过"),
])
def test_a_bound_before_the_currency_named(text: str, surface: str, qualifier: str) -> None:
    assert _fact(text, surface)["qualifier"] == qualifier


@pytest.mark.parametrize(("text", "surface"), [
    ("62%國際鐵礦石價約漲5.2%,65%國際鐵礦石價約漲8.6%。", "8.6%"),
    ("以中間值計算，營收約季增4.4%。", "4.4%"),
    ("今年价格约100元一斤,比去年约上涨20%。", "20%"),
    ("胡世民指出，龍頭廠約佔3成營收比重。", "3成"),
    ("上海的脑机接口企业数量约占全国的1/3。", "1/3"),
    ("若扣除補貼，營業額約落在4,353億元。", "4,353億元"),
])
def test_an_estimate_before_the_move_or_share(text: str, surface: str) -> None:
    assert _fact(text, surface)["qualifier"] == "约"


@pytest.mark.parametrize(("text", "surface"), [
    ("国债期货跌幅扩大,30年期主力合约跌0.30%。", "0.30%"),
    ("大連期交所9月鐵礦石期約漲7%。", "7%"),
    ("上述買賣合約中,住宅樓宇買賣合約佔2,862份。", "2,862份"),
])
def test_a_contract_word_estimates_nothing(text: str, surface: str) -> None:
    assert not _fact(text, surface)["qualifier"]


@pytest.mark.parametrize(("text", "surface"), [
    ("台電高層表示，今年盈餘約落在500億元左右。", "500億元左右"),
    ("全國平均價格約為1250元左右，價格是歷年最高。", "1250元左右"),
])
def test_about_and_around_together_read_around(text: str, surface: str) -> None:
    assert _fact(text, surface)["qualifier"] == "左右"


def test_near_before_a_count_of_quarters() -> None:
    f = _fact("台積電第三季毛利率59.5％，創近11季新高。", "近11季")
    assert (f["value"], f["unit"], f["qualifier"]) == (11, "季", "近")


def test_a_streak_of_quarters_has_no_bound() -> None:
    assert _fact("央行連七季升息。", "七季")["qualifier"] is None
