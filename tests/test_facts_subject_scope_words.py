"""Subject classes of round 25 (issue 10): words that belong to the indicator are kept whole, and a change's rate word
is not its indicator.

- 本地 names a scope (local as against non-resident or imported: 本地生產總值, 本地居民失業率, 本地出口), not a
  deictic like 我市 or 当地: it stays in the subject;
- Taiwan's market reports write net selling and buying 賣超/買超: the 超 is the verb's, neither a bound of the figure
  (qualifier) nor a character to drop from the subject;
- a change told by its indicator's rate word (`运输服务进口增速24.9%`, `CPI年增率1.48%`) measures the indicator, as the
  conventions say (never a bare 增速/升幅/涨幅): the subject is the indicator without the rate word.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def facts(text: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date="2025-09-10")}


def subjects(text: str) -> dict[str, str | None]:
    return {s: f["subject"] for s, f in facts(text).items()}


# --- 本地: a scope of the indicator -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("第三季本地生產總值按年實質上升3.8%。", "3.8%", "本地生產總值"),
    ("今年第三季本地居民失業率為2.3%。", "2.3%", "本地居民失業率"),
    ("今年第二季本地固定資本形成總額按年上升4.3%。", "4.3%", "本地固定資本形成總額"),
    ("本地户籍劳动力调查失业率为5.1%。", "5.1%", "本地户籍劳动力调查失业率"),
])
def test_local_is_part_of_the_indicator(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_a_deictic_place_word_still_opens_no_subject() -> None:
    assert subjects("当地新增就业岗位1200个。")["1200个"] != "当地新增就业岗位"


# --- 賣超/買超: Taiwan's net selling and buying ----------------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("外資今天賣超440.63億元，投信賣超175.96億元。", "440.63億元", "外資賣超"),
    ("外資今天賣超440.63億元，投信賣超175.96億元。", "175.96億元", "投信賣超"),
    ("三大法人合計賣超774.11億元。", "774.11億元", "三大法人合計賣超"),
    ("外資今天買超前3名為友達6萬1332張。", "前3名", "外資買超"),
])
def test_net_selling_is_a_verb_not_a_bound(text: str, surface: str, expected: str) -> None:
    f = facts(text)[surface]
    assert (f["subject"], f["qualifier"]) == (expected, None)


def test_a_trade_surplus_and_a_bound_keep_their_readings() -> None:
    """出超 is the surplus (its 超 qualifies nothing either); 超 after other words is still a bound."""
    assert facts("前十一月出超1379億美元。")["1379億美元"]["qualifier"] is None
    got = facts("今年營收超100億元。")
    assert [f["qualifier"] for f in got.values() if f["kind"] == "money"] == ["超"]


# --- a change's rate word is not its indicator -----------------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("今年1-5月，运输服务进口增速24.9%。", "24.9%", "运输服务进口"),
    ("消費者物價指數（CPI）年增率1.48%，房租漲幅2.14%。", "1.48%", "消費者物價指數（CPI）"),
    ("消費者物價指數（CPI）年增率1.48%，房租漲幅2.14%。", "2.14%", "房租"),
    ("主板归母净利润同比增速为4.90%，较上季度回落2.55个百分点。", "4.90%", "主板归母净利润"),
    ("主板归母净利润同比增速为4.90%，较上季度回落2.55个百分点。", "2.55个百分点", "主板归母净利润"),
    ("第三季度,净利润增速达到11.30%,较二季度回升10.19个百分点。", "11.30%", "净利润"),
])
def test_a_change_told_by_its_rate_word_is_the_indicators(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("去年经济成长率为2.0%。", "2.0%", "经济成长率"),             # a rate stated as a level: its name
    ("上半年人口自然增长率为5.57‰。", "5.57‰", "人口自然增长率"),    # a rate that is an indicator of its own
    ("上半年整体增速10%。", "10%", "整体增速"),                       # a scope alone names no indicator
])
def test_a_rate_that_is_the_indicator_keeps_its_name(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


# --- a bare verb of change or comparison names nothing ----------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("分城乡看,城镇居民人均可支配收入42991元,增长(以下如无特别说明,均为同比名义增长)4.4%,扣除价格因素,实际增长4.5%;"
     "农村居民人均可支配收入17686元,增长5.7%。", "4.4%", "城镇居民人均可支配收入"),
    ("分城乡看,城镇居民人均可支配收入42991元,增长(以下如无特别说明,均为同比名义增长)4.4%,扣除价格因素,实际增长4.5%;"
     "农村居民人均可支配收入17686元,增长5.7%。", "4.5%", "城镇居民人均可支配收入"),
    ("經濟部今日也公布零售業2025年營業額4兆8448億元，雖呈年減0.2%，仍創歷年次高。", "0.2%", "零售業營業額"),
    ("現貨黃金收報4,510美元，較去年底的2,624美元大幅上漲72%，創下歷史最大單年漲幅，超越1979年70%的紀錄。", "70%", "現貨黃金"),
])
def test_a_bare_verb_leaves_the_figure_to_the_indicator_told_before(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_a_bare_verb_takes_no_indicator_across_a_sentence() -> None:
    got = subjects("零售業營業額4兆8448億元。雖呈年減0.2%，仍創歷年次高。")
    assert got["0.2%"] != "零售業營業額"

