"""Second quality pass: market reports, day-of-month dates, subjects, periods and changes.

Every sentence here is written for the test (never copied from a corpus).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def facts(text: str, **kw: object) -> list[dict]:
    kw.setdefault("year", 2025)
    return extract(text, **kw)  # type: ignore[arg-type]


def one(text: str, surface: str, **kw: object) -> dict:
    found = [f for f in facts(text, **kw) if surface in f["surface"]]
    assert len(found) == 1, (surface, [f["surface"] for f in facts(text, **kw)])
    return found[0]


def none_at(text: str, part: str, **kw: object) -> None:
    i = text.index(part)
    hits = [f["surface"] for f in facts(text, **kw) if f["start"] < i + len(part) and f["end"] > i]
    assert hits == [], hits


# --- market reports -------------------------------------------------------------------

MARKET = [
    # text, surface, kind, value, unit
    ("午盘时沪指报3120.55点，涨幅0.8%", "3120.55点", "index", 3120.55, "点"),
    ("某指数收盘下跌12点", "12点", "index", 12, "点"),
    ("央行公布的美元兑人民币中间价报7.1023", "7.1023", "index", 7.1023, None),
    ("本月制造业采购经理指数为50.3", "50.3", "index", 50.3, None),
    ("较上一交易日调降25个基点", "25个基点", "points", 0.25, "个基点"),
    ("股东计划减持不超过2,500,000股", "2,500,000股", "count", 2_500_000, "股"),
    ("当日期货成交量为3.4亿手", "3.4亿手", "count", 340_000_000, "手"),
    ("该公司去年净利润为-1.25亿元", "-1.25亿元", "money", -125_000_000, "元"),
    # a fixing quoted pair by pair is a rate per the base amount (tests/gold/README.md: fixings are index)
    ("人民币1元对2.15南非兰特", "2.15南非兰特", "index", 2.15, "南非兰特/元"),
    ("这家公司的大股东拟套现3.2亿", "3.2亿", "money", 320_000_000, "元"),
    ("该县发生5.9级地震", "5.9级", "quantity", 5.9, "级"),
    ("芯片尺寸为12英寸", "12英寸", "quantity", 12, "英寸"),
    ("村里总人数3.6万人", "3.6万人", "count", 36000, "人"),
    ("两个亿的投资落地", "两个亿", "money", 200_000_000, "元"),
]


@pytest.mark.parametrize(("text", "surface", "kind", "value", "unit"), MARKET)
def test_reads_market_report_figures(text: str, surface: str, kind: str, value: float, unit: str | None) -> None:
    f = one(text, surface)
    assert (f["kind"], f["unit"]) == (kind, unit)
    assert f["value"] == pytest.approx(value)


@pytest.mark.parametrize(("text", "part"), [
    ("节目在晚上8点档播出", "8点"),
    ("启动三级应急响应，随后启动4级响应", "4级"),
    ("他出生于二十一世纪初", "二十一"),
    ("版本2.0正式上线", "2.0"),
    ("那条211省道已经通车", "211省"),
    ("村民王三家说，路修好了", "三家"),
])
def test_times_levels_eras_versions_and_names_are_not_figures(text: str, part: str) -> None:
    none_at(text, part)


def test_qualifiers_not_above_and_not_below() -> None:
    assert one("募集资金不超15亿元", "15亿元")["qualifier"] == "不超"
    assert one("回购资金不低于50亿元", "50亿元")["qualifier"] == "不低于"
    assert one("已经两年多的时间", "两年多")["qualifier"] == "多"


def test_quoted_figure_with_a_unit_is_kept_but_a_bare_code_is_not() -> None:
    assert one("目标是“200万辆”产能", "200万辆")["value"] == 2_000_000
    none_at("推进“45678”发展体系", "45678")


# --- dates ------------------------------------------------------------------------------

def test_day_of_month_alone_resolves_against_the_article_date() -> None:
    assert one("部长3日在京会见来宾", "3日", date="2025-07-04")["value"] == "2025-07-03"
    assert one("外交部28日表示", "28日", date="2025-07-04")["value"] == "2025-06-28"
    assert one("展会将于25日开幕", "25日", date="2025-07-04")["value"] == "2025-07-25"


def test_day_alone_needs_a_date_and_is_not_a_duration() -> None:
    f = one("部长3日在京会见来宾", "3日")           # no article date: a date of unknown month, no value (sealed7's call)
    assert (f["kind"], f["value"]) == ("date", None)
    f = one("股价近90日上涨", "90日", date="2025-07-04")
    assert (f["kind"], f["value"]) == ("duration", 90)


def test_day_after_a_full_date_takes_its_month() -> None:
    fs = facts("8月30日和31日连续降雨", date="2025-09-10")
    assert [f["value"] for f in fs if f["kind"] == "date"] == ["2025-08-30", "2025-08-31"]


@pytest.mark.parametrize(("text", "low", "high", "unit"), [
    ("活动于5月12日—18日举行", "2025-05-12", "2025-05-18", "日"),
    ("演出定在10月3-5日", "2025-10-03", "2025-10-05", "日"),
    ("2024年3月—8月，全市新增就业", "2024-03", "2024-08", "月"),
    ("2023年11月至2024年2月为采暖期", "2023-11", "2024-02", "月"),
])
def test_date_and_month_spans_are_dates_with_iso_ends(text: str, low: str, high: str, unit: str) -> None:
    f = next(f for f in facts(text) if f["value_high"] is not None)
    assert f["kind"] == "date"
    assert (f["value"], f["value_high"], f["unit"]) == (low, high, unit)


def test_impossible_calendar_days_are_dropped() -> None:
    assert [f for f in facts("6月31日", year=2025) if f["kind"] == "date"] == []


# --- subjects -------------------------------------------------------------------------------

SUBJECTS = [
    ("全县粮食总产量同步跃升至80万吨", "80万吨", "全县粮食总产量"),
    ("沪指报3120.55点，涨幅0.8%", "3120.55点", "沪指"),
    ("沪指报3120.55点，涨幅0.8%", "0.8%", "沪指"),
    ("东部地区拥有全市40%的耕地、35%的人口", "35%", "人口"),
    ("年满30岁的张华回到家乡", "30岁", "张华"),
    ("该公司实现营业收入12.5亿元", "12.5亿元", "营业收入"),
    ("规模以上企业实现利润总额300亿元", "300亿元", "利润总额"),
    ("水库已累计供水3.2亿立方米", "3.2亿立方米", "供水"),
    ("事故造成3人死亡、12人受伤", "12人", "受伤"),
    ("中间价报7.1023，较上一交易日调降25个基点", "25个基点", "中间价"),
]


@pytest.mark.parametrize(("text", "surface", "subject"), SUBJECTS)
def test_subject_is_the_noun_phrase_of_what_is_measured(text: str, surface: str, subject: str) -> None:
    assert one(text, surface)["subject"] == subject


def test_respectively_pairs_each_figure_with_its_item() -> None:
    text = "甲指数、乙指数、丙指数分别下跌1.1%、2.2%、3.3%"
    assert [f["subject"] for f in facts(text)] == ["甲指数", "乙指数", "丙指数"]
    text = "煤炭、钢铁、化工跌幅居前，分别下跌4.1%、3.2%、2.3%"
    assert [f["subject"] for f in facts(text)] == ["煤炭", "钢铁", "化工"]


# --- periods and changes -----------------------------------------------------------------------

def test_period_from_year_month_year_ranges_and_month_spans() -> None:
    assert one("今年3月，全市出口增长5%", "5%")["period"] == "2025-03"
    assert one("2021年至2024年，营收分别为3亿元、4亿元", "4亿元")["period"] == "2021/2024"
    assert one("2024年1月至11月，全省进出口增长3%", "3%")["period"] == "2024-01/2024-11"
    assert one("1—10月，全省销售额增长2.5%", "2.5%")["period"] == "2025-01/2025-10"


def test_comparison_base_is_not_the_period_but_same_period_last_year_is() -> None:
    assert one("营收较去年同期增长8%", "8%")["period"] is None
    assert one("去年同期为50亿元", "50亿元")["period"] == "2024"


def test_since_a_year_is_a_span_period() -> None:
    assert one("自2018年启动至今，已累计举办超300场", "300场")["period"] == "2018/2025"
    assert one("产量从2020年的4万辆增至今年", "4万辆")["period"] == "2020"


@pytest.mark.parametrize(("text", "surface", "change"), [
    ("较上一交易日调升30个基点", "30个基点", "调升"),
    ("出口同比增长6.5%", "6.5%", "增长"),
    ("股价盘中下挫3%", "3%", "下挫"),
    ("降幅收窄0.4个百分点", "0.4个百分点", "收窄"),
])
def test_change_words(text: str, surface: str, change: str) -> None:
    assert one(text, surface)["change_word"] == change


@pytest.mark.parametrize(("text", "part"), [
    ("外贸进出口实现两位数增长", "两位"),
    ("当晚9点到12点间订单不断", "9点到12点"),
    ("打造“30分钟通勤圈”", "30分钟"),
    ("屋里乱七八糟", "七八"),
])
def test_digit_counts_time_spans_and_slogans_are_not_figures(text: str, part: str) -> None:
    none_at(text, part)


def test_adjacent_numerals_before_a_unit_are_a_range() -> None:
    f = one("路边有两三只小猫", "两三只")
    assert (f["value"], f["value_high"], f["unit"]) == (2, 3, "只")


def test_yearless_date_is_not_taken_for_a_month_period() -> None:
    assert one("纪念5月12日活动，举办150周年庆典", "150周年", year=None)["period"] is None
