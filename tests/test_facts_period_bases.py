"""Comparison bases the sealed, held-back and fresh samples' misses showed (issue 10): the
marker before an adverb (按年实质增长), a bare 按年 for a month, a rate recorded with its marker
(錄得14.3%的按年升幅), a change named as one against a base (与上年同期相比变动幅度), a share of
an earlier level, a base named with its level before 环比/同比, 高出 as a comparison, a base
clause that opens a run of parallel changes, and nouns that begin with 比 (比重, 比例)."""

from __future__ import annotations

import pytest

from store.facts import extract


def base(text: str, surface: str, date: str = "2024-10-20") -> str | None:
    return next(f["base"] for f in extract(text, date=date) if f["surface"] == surface)


@pytest.mark.parametrize(("text", "surface"), [
    ("第二季本地生产总值按年实质增长8.3%。", "8.3%"),
    ("上半年居民人均可支配收入同比名义增长5.4%。", "5.4%"),
    ("前三季社会消费品零售总额同比实际增长3.2%。", "3.2%"),
])
def test_an_adverb_between_the_marker_and_the_verb_keeps_the_base(text: str, surface: str) -> None:
    assert base(text, surface) == "上年同期"


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("9月份商品整體出口貨值為3,980億元，按年上升6.1%。", "6.1%", "上年同期"),
    ("9月份零售業總銷貨價值與上年同月比較，下跌3.2%。", "3.2%", "上年同月"),
])
def test_a_bare_an_nian_is_the_same_period_a_year_before_also_for_a_month(text: str, surface: str,
                                                                         expected: str) -> None:
    assert base(text, surface) == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("繼8月份錄得9.6%的按年升幅後，9月份出口按年上升6.1%。", "9.6%", "上年同期"),
    ("該指數錄得0.4%的按月跌幅。", "0.4%", "上月"),
])
def test_a_rate_recorded_with_its_marker_has_the_markers_base(text: str, surface: str, expected: str) -> None:
    assert base(text, surface) == expected


def test_a_change_named_as_one_takes_the_base_it_is_compared_with() -> None:
    text = "预计2024年度净利润为-5000万元至-7000万元，与上年同期相比变动幅度为：-120%至-160%。"
    assert base(text, "-120%至-160%") == "上年同期"


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("今年上半年入境旅客人次回复至2019年同期的86.4%。", "86.4%", "2019年同期"),
    ("国际航班量约为2019年的78.5%。", "78.5%", "2019年"),
    ("累计收购量相当于2023年秋粮产量的55%。", "55%", "2023年秋粮产量"),
])
def test_a_share_of_an_earlier_level_has_that_level_as_its_base(text: str, surface: str, expected: str) -> None:
    assert base(text, surface) == expected


def test_a_share_of_a_whole_is_no_comparison() -> None:
    assert base("服务业增加值占地区生产总值的比重为55.2%。", "55.2%") is None


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("猪肉均价升至30.5元/千克，较前一周的28.9元/千克环比上涨5.5%。", "5.5%", "前一周"),
    ("全年发行总额达9800亿元，较2023年的8600亿元同比增长14%。", "14%", "2023年"),
    ("猪肉均价环比上涨5.5%。", "5.5%", "上月"),
])
def test_a_base_named_with_its_level_wins_over_the_marker_after_it(text: str, surface: str, expected: str) -> None:
    assert base(text, surface) == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("高技术制造业投资增长9.8%，高出全部投资5.6个百分点。", "5.6个百分点", "全部投资"),
    ("两类企业利润率比规上企业分别高4.2和2.1个百分点。", "2.1个百分点", "规上企业"),
])
def test_gao_chu_and_the_later_items_of_a_list_compare_with_the_base(text: str, surface: str, expected: str) -> None:
    assert base(text, surface) == expected


def test_a_record_high_is_no_comparison() -> None:
    assert base("口岸单日最高出入境人员超过12万人次。", "超过12万人次") is None


@pytest.mark.parametrize(("text", "surfaces", "expected"), [
    ("三次产业结构为5.2:38.1:56.7，与上年相比，第一产业比重下降0.2个百分点，第三产业比重提高0.9个百分点。",
     ("0.2个百分点", "0.9个百分点"), "上年"),
    ("2024年9月与2023年9月比較，珠寶首飾銷貨價值上升8.1%；藥物銷貨價值下跌3%。", ("8.1%", "3%"), "2023年9月"),
    ("相比2020年，全省森林覆盖率提高1.3个百分点，草原综合植被盖度提高2.1个百分点。",
     ("1.3个百分点", "2.1个百分点"), "2020年"),
])
def test_a_base_clause_opens_a_run_of_parallel_changes(text: str, surfaces: tuple[str, ...], expected: str) -> None:
    assert [base(text, s) for s in surfaces] == [expected] * len(surfaces)


def test_a_base_clause_ends_where_a_clause_names_its_own_base() -> None:
    text = "与上年相比，一产比重下降0.2个百分点，二产增加值比上月增长1.1%。"
    assert base(text, "1.1%") == "上月"


def test_a_word_that_contains_xiang_bi_opens_no_base_clause() -> None:
    assert base("旅客仅凭指纹和面相比对即可通关，通关效率提升约10%。", "约10%") is None


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("与上年相比，全国地表水优良断面比例提高1.3个百分点。", "1.3个百分点", "上年"),
    ("社会物流总费用与GDP的比率下降0.3个百分点。", "0.3个百分点", None),
    ("煤炭消费比重累计下降1.2个百分点。", "1.2个百分点", None),
])
def test_bi_zhong_and_bi_li_are_nouns_not_a_comparison(text: str, surface: str, expected: str | None) -> None:
    assert base(text, surface) == expected


def test_a_corresponding_rise_listed_after_a_rate_with_its_marker_shares_its_base() -> None:
    text = "甲類及乙類消費物價指數在9月份的按年升幅分別為2.5%及2.2%，而8月份的相應升幅則分別為2.3%及2.0%。"
    assert [base(text, s) for s in ("2.3%", "2.0%")] == ["上年同期", "上年同期"]


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("10月末外汇储备为32000亿美元，较9月末上升210亿美元，升幅为0.66%。", "0.66%", "9月末"),
    ("前8个月，全国PM2.5平均浓度同比下降2.1微克/立方米，下降幅度达7.4%。", "7.4%", "上年同期"),
])
def test_the_rate_of_a_change_just_stated_shares_its_base(text: str, surface: str, expected: str) -> None:
    assert base(text, surface) == expected


def test_a_rate_word_after_xiang_bi_is_the_change_against_that_base() -> None:
    got = next(f for f in extract("布伦特原油期货价格与前一交易日收盘价相比跌幅超4%。", date="2024-10-20")
               if f["surface"] == "超4%")
    assert (got["change"], got["base"]) == ("down", "前一交易日收盘价")


def test_a_change_of_only_so_much_is_still_a_change_against_the_opening_base() -> None:
    text = "2023年与2022年相比，门诊人次增长12.5%，而同期献血量增长仅有3.1%。"
    got = next(f for f in extract(text, date="2024-10-20") if f["surface"] == "3.1%")
    assert (got["change"], got["base"]) == ("up", "2022年")


def test_a_rise_on_top_of_a_level_has_that_level_as_base() -> None:
    assert base("持仓量将在原有的基础上增加25%。", "25%") == "原有的基础"


def test_a_base_on_top_of_the_present_keeps_its_whole_name() -> None:
    assert base("供应规模将在现在的基础上翻一倍。", "一倍") == "现在的基础"
