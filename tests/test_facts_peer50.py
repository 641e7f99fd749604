"""Classes the second peer harvest (tests/peer/, tests/test_facts_peer_zh_vectors.py) found missing or
wrong, as specifications; every sentence here was written for the test."""

from __future__ import annotations

from store.facts import extract
from tests.peer_helpers import facts_of as _facts, one_fact as _one


# --- a window of days: 30日内 -------------------------------------------------------------------------

def test_a_count_of_days_before_nei_is_a_window_of_days() -> None:
    for text, surface, value in [("应当自收到材料之日起30日内作出决定", "30日", 30),
                                 ("消费者自收到商品之日起七日内有权退货", "七日", 7),
                                 ("须在60日内举行新一届选举", "60日", 60),
                                 ("办理期限为15日内", "15日", 15)]:
        f = _one(text, surface, date="2025-06-14")
        assert (f["kind"], f["value"], f["unit"]) == ("duration", value, "日"), text


def test_ri_nei_opening_a_word_is_no_window() -> None:
    assert not [f for f in extract("代表团抵达日内瓦") if f["kind"] == "duration"]
    assert [f["kind"] for f in extract("6月3日内蒙古自治区召开会议", date="2025-06-14")] == ["date"]   # a day, then 内蒙古
    assert not [f for f in extract("截至3日内地新增确诊病例", date="2025-06-14") if f["kind"] == "duration"]


# --- hours and seconds as written: 钟头, 秒钟 ---------------------------------------------------------

def test_zhongtou_and_miaozhong_are_units_of_time_as_written() -> None:
    for text, surface, value, unit in [("连续工作了17个钟头", "17个钟头", 17, "个钟头"),
                                       ("累计飞行35,000个钟头", "35,000个钟头", 35000, "个钟头"),
                                       ("整个过程只用了十三秒钟", "十三秒钟", 13, "秒钟")]:
        f = _one(text, surface)
        assert (f["kind"], f["value"], f["unit"]) == ("duration", value, unit), text


# --- two-digit years in Chinese numerals date what follows them ---------------------------------------

def test_a_chinese_two_digit_year_dates_its_month_day_and_quarter() -> None:
    assert _one("零七年八月二十九号签约", "零七年八月二十九号", date="2017-10-30")["period"] == "2007-08-29"
    assert _one("九七年一季度出口回落", "九七年一季度", date="1999-09-02")["period"] == "1997Q1"
    assert _one("九八年三月以前的存款", "九八年三月", date="2024-05-01")["period"] == "1998-03"
    assert _one("〇六年三月投产", "〇六年三月", date="2024-01-01")["period"] == "2006-03"


def test_a_two_digit_year_takes_the_century_of_the_articles_date() -> None:
    # the latest such year up to the year after the article's: 98年 in a 1997 article is 1998, not 2098
    assert _one("98年4月开业", "98年4月", date="1997-07-01")["period"] == "1998-04"
    assert _one("98年4月开业", "98年4月", date="2024-07-01")["period"] == "1998-04"
    assert _one("25年3月开业", "25年3月", date="2024-07-01")["period"] == "2025-03"
    assert _one("○五年的产量", "○五年")["value"] == 2005                     # a year alone stays a year


# --- days written with 号 make one span, as with 日 -----------------------------------------------------

def test_a_range_of_days_written_with_hao_is_one_span() -> None:
    f = _one("展会6月12号至7月3号举行", "6月12号至7月3号", date="2025-06-01")
    assert (f["kind"], f["period"]) == ("date", "2025-06-12/2025-07-03")
    assert _one("从2018年12月九号到十五号", "2018年12月九号到十五号")["period"] == "2018-12-09/2018-12-15"
    assert not extract("乘坐5号线至7号线换乘")                               # metro lines, no days


# --- amounts in capitals, as a cheque writes them --------------------------------------------------------

def test_an_amount_in_capitals_of_one_character_is_money() -> None:
    for text, surface, value in [("金额：人民币壹元整", "壹元整", 1), ("人民币贰元整", "贰元整", 2),
                                 ("合计人民币壹元壹角", "壹元壹角", 1.1), ("小写¥1.00，大写¥壹元正", "¥壹元", 1),
                                 ("应付人民币零元整", "零元整", 0)]:
        f = _one(text, surface)
        assert (f["kind"], f["value"], f["unit"]) == ("money", value, "元"), text


def test_a_lone_capital_numeral_without_an_amounts_marks_stays_a_word() -> None:
    assert not [f for f in extract("陆元在会上发言") if f["kind"] == "money"]     # 陆 starts a name
    assert not [f for f in extract("所谓零元购就是抢劫") if f["kind"] == "money"]


def test_an_amount_in_capitals_is_never_read_short_of_its_parts() -> None:
    # 零元零角壹分 is 0.01 and 壹元贰角叁分肆厘 is 1.234: read as 零元 (0) or 1.23 they would be wrong figures
    assert not [f for f in extract("人民币零元零角壹分") if f["kind"] == "money"]
    assert not [f for f in extract("¥壹元贰角叁分肆厘") if f["kind"] == "money"]


# --- 百分之三五: a rough range, not 3 % ---------------------------------------------------------------------

def test_two_neighbouring_numerals_after_baifenzhi_are_a_rough_range() -> None:
    f = _one("约有百分之三五的人", "百分之三五")
    assert (f["kind"], f["value"], f["value_high"]) == ("percent", 3, 5)
    assert _facts("百分之四五十的企业")[0][2:4] == (40, 50)
    assert _facts("百分之二五的人")[0][2:4] == (25, None)                     # 二五: digits, 25 %
    assert _facts("百分之三十五的人")[0][2:4] == (35, None)


# --- years of the era: 公元2934年 -----------------------------------------------------------------------------

def test_a_year_of_the_era_is_a_year_and_one_before_it_no_span() -> None:
    f = _one("预计到公元2934年", "2934年")
    assert (f["kind"], f["value"], f["period"]) == ("year", 2934, "2934")
    assert _one("纪元2013年", "2013年")["kind"] == "year"
    assert _one("公元2020年11月24日", "2020年11月24日")["period"] == "2020-11-24"   # the date reads its year
    assert not extract("公元前202年西汉建立")                                    # no span of 202 years


# --- the Chinese dash typed as two em dashes joins a range ------------------------------------------------------

def test_a_double_em_dash_joins_years_and_days_into_one_span() -> None:
    assert _one("解放战争时期（一九四五——一九四九年）", "一九四五——一九四九年")["period"] == "1945/1949"   # not 1949 alone
    assert _one("从2008年——2018年的十年间", "2008年——2018年")["period"] == "2008/2018"
    assert _one("展期为6月1日——6月3日", "6月1日——6月3日", date="2025-06-14")["period"] == "2025-06-01/2025-06-03"
