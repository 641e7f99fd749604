"""A figure whose clause names nothing, after a clause opening with what changed and then saying why
(受…影响, 因…), is that opener's — not the sentence's earlier indicator, nor a noun inside the reason."""

from __future__ import annotations

from store.facts import extract


def _subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2024-08-05") if f["kind"] not in ("date", "year")}


def test_each_group_named_before_its_reason_owns_the_change_after_it() -> None:
    got = _subjects("7月消費者物價指數較上年同月漲1.20%,主因醫療類受掛號費調整影響,漲2.15%,加上娛樂類因暑期旅遊需求旺盛,"
                    "漲3.02%,惟衣著類因換季促銷與庫存壓力影響,價格普遍走低,致較上年同月僅增0.31%。")
    assert got["1.20%"] == "消費者物價指數"
    assert (got["2.15%"], got["3.02%"], got["0.31%"]) == ("醫療類", "娛樂類", "衣著類")


def test_an_index_opening_its_sentence_keeps_its_change_not_the_reasons_noun() -> None:
    got = _subjects("7月出口物價指數受鋼鐵、化學材料及塑膠製品等價格走弱影響,較上年同月跌2.45%。")
    assert got["2.45%"] == "出口物價指數"


def test_the_opener_names_a_forecast_and_the_growth_after_it() -> None:
    got = _subjects("預測第3季實質輸出成長12.5%，商品出口受消費性電子需求疲弱影響，預測第3季為1,150億美元，年增6.8%。")
    assert got["12.5%"] == "實質輸出"
    assert (got["1,150億美元"], got["6.8%"]) == ("商品出口", "商品出口")


def test_a_reason_naming_nothing_or_a_change_of_its_own_moves_nothing() -> None:
    got = _subjects("6月全国城镇调查失业率5.0%，比上月上升0.1个百分点，主要受到毕业季的影响，与上年同期相比下降0.2个百分点。")
    assert got["0.2个百分点"] == "全国城镇调查失业率"
    got = _subjects("5月零售業營業額因3C產品零售業營業額大幅衰退,年減8.15%。")
    assert got["8.15%"] != "零售業營業額"
    got = _subjects("受需求回暖的影响，6月份，反映企业订单情况的订单指数有所回升，同比增长4.2%。")
    assert got["4.2%"] == "订单指数"      # the reason moves nothing; 反映…的 is left out (tests/test_facts_sealed43_subject.py)


def test_a_clause_with_its_own_indicator_keeps_it() -> None:
    got = _subjects("主要是蔬菜受颱風影響,蔬菜價格上漲15.2%。")
    assert got["15.2%"] == "蔬菜價格"
