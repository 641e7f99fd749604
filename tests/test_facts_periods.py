"""A figure's own period, canonical (2024, 2024H1, 2024Q3, 2024Q1-Q3, 2024-07,
2024-01/2024-07, 2024-05-31, 2021/2025), with the period as written beside it."""

from __future__ import annotations

import pytest

from store.facts import extract


def fact(text: str, surface: str, date: str | None = "2024-08-15") -> dict:
    found = [f for f in extract(text, date=date) if f["surface"] == surface]
    assert len(found) == 1, (surface, [f["surface"] for f in extract(text, date=date)])
    return found[0]


def period(text: str, surface: str, date: str | None = "2024-08-15") -> str | None:
    return fact(text, surface, date)["period"]


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("2023年，全市地区生产总值增长5.2%。", "5.2%", "2023"),
    ("2024年上半年，全省进出口总值1.2万亿元。", "1.2万亿元", "2024H1"),
    ("下半年，销售额回升至30亿元左右。", "30亿元左右", "2024H2"),
    ("一季度，全市工业增加值增长6.1%。", "6.1%", "2024Q1"),
    ("首季度，出口货值上升9%。", "9%", "2024Q1"),
    ("前三季度，规上工业利润增长3.5%。", "3.5%", "2024Q1-Q3"),
    ("首三季，零售业总销货价值下跌7%。", "7%", "2024Q1-Q3"),
    ("7月，全国居民消费价格上涨0.5%。", "0.5%", "2024-07"),
    ("4月份，全市新增贷款120亿元。", "120亿元", "2024-04"),
    ("1-7月，全省固定资产投资增长4.2%。", "4.2%", "2024-01/2024-07"),
    ("1至7月，社会物流总额达200万亿元。", "200万亿元", "2024-01/2024-07"),
    ("今年前两个月，出口增长7.1%。", "7.1%", "2024-01/2024-02"),
    ("5月末，广义货币余额301万亿元。", "301万亿元", "2024-05-31"),
    ("二季度末，住户存款余额146万亿元。", "146万亿元", "2024-06-30"),
    ("截至6月8日，已累计发放补贴3.2亿元。", "3.2亿元", "2024-06-08"),
    ("2023年末，全国总人口140967万人。", "140967万人", "2023-12-31"),
])
def test_years_halves_quarters_months_and_month_ends(text: str, surface: str, expected: str) -> None:
    assert period(text, surface) == expected


def test_period_text_is_the_period_as_written_without_stray_quotes() -> None:
    f = fact("“十四五”期间，全市累计完成投资1.5万亿元。", "1.5万亿元")
    assert (f["period"], f["period_text"]) == ("2021/2025", "十四五期间")
    f = fact("前三季度，规上工业利润增长3.5%。", "3.5%")
    assert f["period_text"] == "前三季度"


@pytest.mark.parametrize(("text", "surface", "date", "expected"), [
    ("今年，全市粮食产量达到260万吨。", "260万吨", "2024-12-20", "2024"),
    ("去年，全市粮食产量为250万吨。", "250万吨", "2024-12-20", "2023"),
    ("上年全省财政收入为800亿元。", "800亿元", "2024-03-01", "2023"),
    ("今年以来，全市新增市场主体12万户。", "12万户", "2024-08-15", "2024-01/2024-08"),
    ("截至5月底，钽锭价格今年以来涨幅已超150%。", "超150%", "2024-06-12", "2024-01/2024-05"),
    ("上季，本港失业率为3.0%。", "3.0%", "2024-11-15", "2024Q3"),
    ("第三季，本港经济按年增长1.8%。", "1.8%", "2024-11-15", "2024Q3"),
    ("12月，居民消费价格上涨0.1%。", "0.1%", "2025-01-10", "2024-12"),
    ("四季度，国内生产总值增长5.2%。", "5.2%", "2024-01-17", "2023Q4"),
    ("2018年以来，全区累计建成公路1200公里。", "1200公里", "2024-05-01", "2018/2024"),
])
def test_relative_and_yearless_periods_resolve_against_the_article_date(
        text: str, surface: str, date: str, expected: str) -> None:
    assert period(text, surface, date) == expected


def test_a_year_named_earlier_in_the_sentence_dates_the_quarters_after_it() -> None:
    text = "2023年一季度全市出口增长4%，二季度增长6%。"
    assert period(text, "4%", "2024-08-15") == "2023Q1"
    assert period(text, "6%", "2024-08-15") == "2023Q2"


def test_comparison_base_is_never_the_period_of_the_change() -> None:
    text = "今年上半年，全市消费对经济增长的贡献率为60.1%，比去年全年提高3.8个百分点。"
    f = fact(text, "3.8个百分点")
    assert (f["period"], f["base"]) == ("2024H1", "去年全年")
    assert period("营收较去年同期增长8%。", "8%") is None


def test_a_figure_stated_right_after_its_year_in_a_base_keeps_that_year() -> None:
    text = "2022年布伦特原油均价为98.86美元/桶，比2021年的70.95美元/桶高27.91美元/桶。"
    facts = {f["surface"]: f for f in extract(text, date="2023-01-10")}
    by_value = {f["value"]: f for f in facts.values() if f["kind"] == "money"}
    assert by_value[70.95]["period"] == "2021"
    assert by_value[27.91]["period"] == "2022"
    assert by_value[98.86]["period"] == "2022"


def test_same_period_last_year_is_the_sentence_period_a_year_earlier() -> None:
    text = "上半年，全市实现营业收入80亿元，上年同期为70亿元。"
    assert period(text, "80亿元") == "2024H1"
    assert period(text, "70亿元") == "2023H1"


def test_respectively_lists_give_each_item_its_own_period() -> None:
    text = "2022年至2025年，公司营收分别为10.79亿元、12.5亿元、14亿元和15.70亿元。"
    assert [f["period"] for f in extract(text, date="2025-03-01") if f["kind"] == "money"] == \
        ["2022", "2023", "2024", "2025"]
    text = "一季度、二季度全市出口分别增长5%、6%。"
    assert [f["period"] for f in extract(text, date="2024-08-15") if f["kind"] == "percent"] == \
        ["2024Q1", "2024Q2"]


def test_a_period_is_carried_to_the_next_sentence_only_when_the_figure_needs_it() -> None:
    text = "二季度末，人民币贷款余额250万亿元。其中，住户贷款余额80万亿元。"
    assert period(text, "80万亿元") == "2024-06-30"
    text = "二季度末，本外币存款余额300万亿元。人民币存款余额290万亿元。"
    assert period(text, "290万亿元") == "2024-06-30"
    text = "1-7月，全省出口增长5%。\n全省有企业3000家。"
    assert period(text, "3000家") is None
    text = "1-7月，全省出口增长5%。当地新建学校20所。"
    assert period(text, "20所") is None


def test_without_a_date_a_yearless_period_keeps_only_its_text() -> None:
    f = fact("前三季度，规上工业利润增长3.5%。", "3.5%", date=None)
    assert (f["period"], f["period_text"]) == (None, "前三季度")
    f = fact("2023年，全市地区生产总值增长5.2%。", "5.2%", date=None)
    assert f["period"] == "2023"


def test_reporting_dates_are_not_periods() -> None:
    assert period("记者6月8日从市统计局获悉，全市新增就业2万人。", "2万人") is None


def test_a_list_as_long_as_a_year_range_takes_one_year_per_item_without_respectively() -> None:
    text = "2021年至2023年，公司营业收入分别为8亿元、9亿元和10亿元；扣非净利润-1.2亿元、-0.5亿元和0.3亿元。"
    got = [f["period"] for f in extract(text, date="2024-04-01") if f["kind"] == "money"]
    assert got == ["2021", "2022", "2023"] * 2


@pytest.mark.parametrize(("text", "surface", "date", "expected"), [
    ("将于2月5日下调存款准备金率0.5个百分点。", "0.5个百分点", "2024-01-24", "2024-02-05"),
    ("12月28日，全市新增用户2万户。", "2万户", "2025-01-03", "2024-12-28"),
    ("1-11月城镇新增就业1180万人。", "1180万人", "2024-01-05", "2023-01/2023-11"),
    ("今日人民币对美元汇率中间价报7.1023。", "7.1023", "2024-06-12", "2024-06-12"),
    ("2025财年净亏损4239亿日元。", "4239亿日元", "2026-05-14", "2025"),
    ("2023年1月至3月的失业率较2022年12月至2023年2月下跌0.2个百分点。", "0.2个百分点", "2023-04-20", "2023-01/2023-03"),
])
def test_dates_ahead_days_fiscal_years_and_cross_year_month_ranges(
        text: str, surface: str, date: str, expected: str) -> None:
    assert period(text, surface, date) == expected


def test_market_figures_take_the_trading_day_named_earlier_in_the_article() -> None:
    text = "6月11日，A股三大指数集体收跌。\n截至收盘，上证指数报收3987.01点。\n申万一级行业中，有色金属涨幅为1.83%。"
    assert period(text, "3987.01点", "2024-06-12") == "2024-06-11"
    assert period(text, "1.83%", "2024-06-12") == "2024-06-11"


def test_a_duration_has_no_period() -> None:
    found = [f for f in extract("该试点为期3年，覆盖全省。", date="2024-08-15") if "3年" in f["surface"]]
    assert [f["period"] for f in found] == [None]


def test_a_run_of_quarters_ends_with_the_quarter_stated() -> None:
    # a run is a window, not a bare span (the run convention, tests/gold/README.md)
    found = [f for f in extract("今年一季度，该指数连续5个季度下滑。", date="2024-08-15") if "5个季度" in f["surface"]]
    assert [f["period"] for f in found] == ["2023Q1/2024Q1"]


def test_a_period_stated_for_the_figure_after_it_is_not_the_next_figures() -> None:
    text = "三季度消费者信心指数由去年同期的负8.3降至负17。"
    facts = [f for f in extract(text, date="2022-10-20") if f["kind"] != "date"]
    assert [f["period"] for f in facts] == ["2021Q3", "2022Q3"]


def test_a_rate_in_the_next_sentence_takes_the_period_just_stated() -> None:
    text = "2023年全国生态环境质量持续改善。地表水优良断面比例为88.6%，同比上升1.2个百分点。"
    assert period(text, "88.6%", "2024-03-01") == "2023"


def test_a_period_figure_is_its_own_period() -> None:
    found = [f for f in extract("今年前5个月，进出口增长13%。", date="2025-06-20") if "5个月" in f["surface"]]
    assert [f["period"] for f in found] == ["2025-01/2025-05"]


def test_the_same_day_without_a_day_named_is_unknown() -> None:
    assert period("布伦特原油当天涨1.89美元。", "1.89美元", "2015-04-16") is None


def test_a_named_year_same_period_after_shi_is_a_base() -> None:
    text = "今年以来，出入境车流量达235万辆次，是2019年同期的3.6倍。"
    assert period(text, "3.6倍", "2023-10-25") == "2023-01/2023-10"


def test_a_date_ahead_after_jiang_cong_is_the_next_one() -> None:
    text = "宣称将从8月1日起对这些国家产品征收20%的关税。"
    assert period(text, "20%", "2025-07-10") == "2025-08-01"


def test_dates_and_years_are_their_own_period() -> None:
    facts = {f["surface"]: f for f in extract("2024年5月3日，出口增长5%；2023年全年进口持平。", date="2024-05-04")}
    assert (facts["2024年5月3日"]["period"], facts["2024年5月3日"]["period_text"]) == ("2024-05-03", "2024年5月3日")
    assert facts["2023年"]["period"] == "2023"
