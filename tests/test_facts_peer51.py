"""Classes the third peer harvest (tests/peer/zh_peer51_*.jsonl: Recognizers-Text's Chinese date and date-period
specs, WeTextProcessing's ITN dates) found missing or wrong, as specifications; every sentence here was written
for the test."""

from __future__ import annotations

from store.facts import extract
from tests.peer_helpers import one_fact as _one


# --- a year in Chinese numerals with places, or before 1800, dates the month after it ---------------------------

def test_a_year_written_with_places_dates_its_month_and_day() -> None:
    for text, surface, period in [("合同于两千零五年八月五号签订", "两千零五年八月五号", "2005-08-05"),
                                  ("两千年八月十五举行", "两千年八月", "2000-08"),        # a day without 日 is not read
                                  ("一千九百九十九年十二月三十一日午夜", "一千九百九十九年十二月三十一日", "1999-12-31"),
                                  ("两千一十年五月投产", "两千一十年五月", "2010-05")]:
        f = _one(text, surface, date="2017-03-22")
        assert (f["kind"], f["period"]) == ("date", period), text
        assert not [g for g in extract(text, date="2017-03-22") if g["kind"] == "duration"], text   # never 2005 years


def test_a_year_before_1800_dates_its_month_and_day() -> None:
    assert _one("1357年6月10日发生洪水", "1357年6月10日", date="2017-03-22")["period"] == "1357-06-10"
    assert _one("1789年7月14日攻占巴士底狱", "1789年7月14日", date="2017-03-22")["period"] == "1789-07-14"
    assert _one("1644年3月", "1644年3月", date="2017-03-22")["period"] == "1644-03"


def test_a_year_with_places_and_no_month_stays_a_span_of_years() -> None:
    f = _one("中华文明有五千年的历史，丝绸之路也有两千年", "两千年")
    assert (f["kind"], f["value"], f["unit"]) == ("duration", 2000, "年")


# --- 民国 years in Chinese numerals --------------------------------------------------------------------------

def test_an_roc_year_in_chinese_numerals_is_its_gregorian_year() -> None:
    for text, surface, year in [("民国三年", "民国三年", 1914), ("民國元年成立", "民國元年", 1912),
                                ("民國三十八年政府遷台", "民國三十八年", 1949), ("民国一百零五年", "民国一百零五年", 2016)]:
        f = _one(text, surface)
        assert (f["kind"], f["value"]) == ("year", year), text
    assert _one("民国三年五月", "民国三年五月")["period"] == "1914-05"


def test_a_decade_of_roc_years_is_no_figure() -> None:
    assert extract("民國六十年代的台灣") == [] and extract("民國60年代的台灣") == []   # not 1960/1969


# --- spans of years and days -------------------------------------------------------------------------------

def test_a_span_of_years_written_with_spaces_is_one_span() -> None:
    for text, surface, lo, hi in [("2009 年 到 2010 年，小麦产量翻了一番", "2009 年 到 2010 年", 2009, 2010),
                                  ("2016 年至 2018 年平均增长3%", "2016 年至 2018 年", 2016, 2018)]:
        f = _one(text, surface)
        assert (f["kind"], f["value"], f["value_high"]) == ("year", lo, hi), text


def test_the_years_between_two_named_are_one_span() -> None:
    for text in ("在2007年与2009年之间", "2007年与2009年间，出口翻番"):
        f = _one(text, "2007年与2009年")
        assert (f["value"], f["value_high"], f["period"]) == (2007, 2009, "2007/2009"), text
    assert [f["period"] for f in extract("2019年和2020年的增速")] == ["2019", "2020"]   # no 间: two years


def test_two_iso_days_joined_by_a_dash_are_one_span() -> None:
    for text, surface, period in [("活动时间2018/1/10-2018/7/10", "2018/1/10-2018/7/10", "2018-01-10/2018-07-10"),
                                  ("活动时间：2024.3.1—2024.3.31", "2024.3.1—2024.3.31", "2024-03-01/2024-03-31"),
                                  ("2019-08-01至2019-08-31", "2019-08-01至2019-08-31", "2019-08-01/2019-08-31")]:
        assert _one(text, surface)["period"] == period, text


# --- two-digit years ---------------------------------------------------------------------------------------

def test_a_two_digit_year_with_a_leading_zero_may_be_spaced_from_nian() -> None:
    f = _one("他07 年以前就毕业了", "07 年", date="2017-03-22")
    assert (f["kind"], f["value"]) == ("year", 2007)


def test_a_span_of_days_after_a_two_digit_year_keeps_that_year() -> None:
    for text, surface, period in [("18年10月1日到19年2月3日", "18年10月1日到19年2月3日", "2018-10-01/2019-02-03"),   # never 1919
                                  ("08年10月31日至11月2日", "08年10月31日至11月2日", "2008-10-31/2008-11-02"),   # never the article's
                                  ("08年10月1日至3日举行", "08年10月1日至3日", "2008-10-01/2008-10-03"),
                                  ("08年12月30日至1月2日", "08年12月30日至1月2日", "2008-12-30/2009-01-02")]:
        f = _one(text, surface, date="2017-03-22")
        assert (f["kind"], f["period"]) == ("date", period), text
    # no span word between them: two dates, each read as before
    assert [f["period"] for f in extract("08年10月31日，19年3月", date="2017-03-22")] == ["2008-10-31", "1919-03"]
