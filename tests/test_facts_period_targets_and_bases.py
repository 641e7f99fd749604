"""A share of a year's target takes the period of what was done, not the target's year; a bare 全年 measured by
its change in a communiqué of May–June is the year before; a year compared with (和2024年相較, 較去(107)年同期) is a
base, never the period of the figures after it."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "share", "expected"), [
    ("前三季度，全市新增就业8.2万人，完成全年目标的82%。", "2024-10-20", "82%", "2024Q1-Q3"),
    ("1—5月，县级财政支出同比增长4.1%，完成全年预算的38.6%。", "2025-06-18", "38.6%", "2025-01/2025-05"),
    ("上半年，区财政收入完成21.5亿元，完成年初预算的55.2%。", "2023-07-15", "55.2%", "2023H1"),
    ("1-4月，新开工保障房6.1万套，占年度计划任务的41%。", "2022-05-20", "41%", "2022-01/2022-04"),
    ("1-7月份,全省城鎮新增就業52萬人,完成全年目標的70.2%。", "2021-08-18", "70.2%", "2021-01/2021-07"),
])
def test_a_share_of_the_years_target_is_of_the_period_done(text: str, date: str, share: str, expected: str) -> None:
    assert periods(text, date)[share] == expected


def test_what_follows_a_share_of_the_budget_keeps_the_clauses_period_not_january() -> None:
    got = periods("上半年,全县一般公共预算收入完成9.6亿元,完成年初预算的52.1%,超序时进度2.1个百分点。", "2019-07-20")
    assert (got["52.1%"], got["2.1个百分点"]) == ("2019H1", "2019H1")


def test_the_targets_own_amount_keeps_the_targets_year() -> None:
    got = periods("一季度,全省城镇新增就业18万人,完成全年70万人目标任务的26%。", "2023-04-20")
    assert (got["70万人"], got["26%"]) == ("2023", "2023Q1")


def test_a_share_of_the_whole_year_that_is_not_a_target_keeps_the_year() -> None:
    assert periods("今年夏粮产量占全年粮食总产量的21%。", "2025-07-15")["21%"] == "2025"


@pytest.mark.parametrize(("text", "date", "surface", "expected"), [
    ("全年规模以上工业增加值下降3.2%。", "2023-05-10", "3.2%", "2022"),
    ("全年全县居民人均可支配收入31250元,同比增长5.6%。", "2024-06-20", "31250元", "2023"),
])
def test_a_bare_full_year_measured_by_its_change_in_may_or_june_is_the_year_before(
        text: str, date: str, surface: str, expected: str) -> None:
    assert periods(text, date)[surface] == expected


@pytest.mark.parametrize(("text", "date", "surface", "expected"), [
    ("全年粮食意向种植面积基本稳定，春耕进度过三成，同比略快。", "2025-04-10", "三成", "2025"),
    ("预计全年出口增长3%左右。", "2024-05-10", "3%左右", "2024"),
])
def test_a_full_year_still_planned_or_forecast_in_spring_is_this_year(
        text: str, date: str, surface: str, expected: str) -> None:
    assert periods(text, date)[surface] == expected


def test_a_year_compared_with_in_simplified_reading_is_a_base() -> None:
    got = periods("統計處公布一一四年出口金額,其中對日本出口達三一二·五億美元,和一一三年相較增加二十一億美元,增幅七·二%。",
                  "2026-01-22")
    assert (got["二十一億美元"], got["七·二%"]) == ("2025", "2025")


def test_a_roc_year_after_qu_is_the_compared_same_period() -> None:
    got = periods("上櫃公司今(108)年上半年營收達8,100億元,較去107年同期成長3.1%,稅前淨利為612億元。", "2019-08-15")
    assert (got["3.1%"], got["612億元"]) == ("2019H1", "2019H1")


def test_a_year_ended_on_a_day_is_the_twelve_months_to_it_and_its_comparative_the_twelve_before() -> None:
    got = periods("集团预计截至2025年6月30日止全年股东应占净亏损约港币3100万元,对比2024年同期港币900万元亏损扩大。",
                  "2025-09-01")
    assert (got["约港币3100万元"], got["900万元"]) == ("2024-07/2025-06", "2023-07/2024-06")


def test_a_whole_year_ended_on_a_month_end_and_last_years_figure() -> None:
    got = periods("公司预期截至2025年3月底止全年度,股东应占溢利约2.1亿元,较上年度的约2.9亿元减少约28%。", "2025-05-20")
    assert (got["约2.1亿元"], got["约2.9亿元"]) == ("2024-04/2025-03", "2023-04/2024-03")


@pytest.mark.parametrize(("text", "date", "surface", "expected"), [
    ("今年暑期，亲子游订单占比超五成，比去年同期提升6个百分点。", "2025-08-20", "超五成", "2025-07/2025-08"),
    ("2024年暑假期间，全市博物馆接待观众320万人次。", "2024-09-05", "320万人次", "2024-07/2024-08"),
])
def test_the_school_summer_is_july_and_august(text: str, date: str, surface: str, expected: str) -> None:
    assert periods(text, date)[surface] == expected


def test_the_summer_film_season_is_not_the_school_summer() -> None:
    assert periods("今年暑期档电影票房突破90亿元。", "2025-08-25")["90亿元"] == "2025"
