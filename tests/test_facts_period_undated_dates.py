"""Dates in an article without a date: a month, month range or quarter whose year neither the article
nor its sentence gives is a date fact with no value (tests/gold/README.md, sealed7's public call: `23日`,
`6月`, `7 月份`, `1-8月`, a generic `Q4` are dates with value null, not guessed) — found, never guessed."""

from __future__ import annotations

import pytest

from store.facts import extract


def dates(text: str, date: str | None = None) -> dict[str, object]:
    return {f["surface"]: f["value"] for f in extract(text, date=date) if f["kind"] == "date"}


@pytest.mark.parametrize(("text", "surface"), [
    ("国家粮油信息中心据船期预报, 7 月份我国进口大豆到港量为 540 万吨左右。", "7 月份"),
    ("1-8月累计进口大豆3358万吨,同比下降5.5%。", "1-8月"),
    ("商务部公告还称,8月份进口油菜籽实际到港7.85万吨。", "8月份"),
    ("今年第一季共錄得約1220萬訪港旅客人次,按年增加9%。", "今年第一季"),
    ("非內地市場旅客量於首季繼續保持平穩增長。", "首季"),
])
def test_a_month_or_quarter_of_no_known_year_is_a_date_without_value(text: str, surface: str) -> None:
    assert dates(text) == {surface: None}


def test_the_year_its_sentence_names_still_dates_it() -> None:
    assert dates("2019年第三季度，公司营收增长5%，第四季度预计放缓。")["第四季度"] == "2019Q4"


def test_with_the_articles_date_it_is_resolved() -> None:
    assert dates("8月份进口油菜籽实际到港7.85万吨。", "2020-09-10") == {"8月份": "2020-08"}


def test_a_span_of_months_is_still_no_date() -> None:
    assert dates("前三季度，全市生产总值增长5%。") == {}


def test_a_metal_contracts_tenor_is_no_date() -> None:
    # (15:00 is read as a time of day, not reported since junk37: tests/test_facts_clock_time_dates.py)
    assert dates("當日15:00倫敦三月銅報價7473.00美元/噸。") == {}


@pytest.mark.parametrize(("text", "surface"), [
    ("金管局公布,截至10月底,外汇基金总资产31705亿港元,按月减少441亿元。", "10月底"),
    ("2月末,商品房待售面积79891万平方米,同比增长5.1%。", "2月末"),
    ("發改委稱,生豬出場價格比1月底價格下跌2.89%。", "1月底"),
])
def test_a_month_end_of_no_known_year_is_a_date_without_value(text: str, surface: str) -> None:
    assert dates(text) == {surface: None}


@pytest.mark.parametrize(("text", "surface"), [
    ("香港特区政府统计处16日公布,今年首季,香港商品整体出口货量上升7.1%。", "16日"),
    ("國際油價1日大漲,西德州油價達一周來高點。", "1日"),
])
def test_a_day_of_no_known_month_is_a_date_without_value(text: str, surface: str) -> None:
    assert dates(text)[surface] is None


@pytest.mark.parametrize(("text", "surface"), [
    ("紐約西德州9月期貨每桶上漲2.61美元,為每桶107.64美元。", "9月期貨"),
    ("12月交货的伦敦布伦特原油期货价格上涨0.74美元,收于每桶59.70美元。", "12月交货"),
])
def test_a_contract_month_of_no_known_year_is_a_date_without_value(text: str, surface: str) -> None:
    assert dates(text) == {surface: None}


def test_a_span_of_days_is_still_no_date_without_the_articles_date() -> None:
    assert dates("近30日,沪铜累计上涨5%。") == {}
