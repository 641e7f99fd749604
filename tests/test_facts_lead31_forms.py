"""Forms the lead met probing the evaluation's registers by hand (round 31; sentences written for the tests).

- **Periods:** a window of quarters or a half-year not yet over on the article's date is a past year's when its
  figure is reported (`首三季合計增長2.4%`, `上半年社会消费品零售总额增长4.0%` told in March: 2024, as 全年 is), this
  year's when forecast or planned (`预计上半年…`, `下半年要力争…`); a forecast for a year ahead is of that year
  (`明年預估為3.54%`: 明年 was read as when the forecast was made, and the figure took this year).
- **Subjects:** a ratio named `A對B比率` is one name (`成本對收入比率`: 对 cut it to `收入比率`); a revision verb
  (`上修`, `下修`) is no part of what it revises (`主計總處上修今年經濟成長率至7.37%`); `至今` closing a period is no part
  of the indicator after it (`本月至今一手成交約1,850宗`); a number is no subject (a table's row run into text,
  `稻米產量 萬公噸 120.5 -3.2%`, gave -3.2% the subject `120.5`).
- **Subjects (bonds):** a sum before a tenor and its instrument measures the instrument (`开展1500亿元7天期逆回购操作`,
  `发行的2000亿元10年期国债`: no subject before).
- **Changes (bonds):** a rate set above or below its floor (`较投标下限上浮59bp`, `下浮10%`) moves up or down; a figure
  before 的 in a base is the base's value (`较3.67%的投标下限`: the base is 投标下限, and the points are the rate's, not its base's).
- **Junk:** an alert or emergency level (`进入过度下跌二级预警区间`, `Ⅳ级应急响应`) is no grade moved.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str = "2025-03-05") -> list[dict]:
    return [f for f in extract(text, date=date) if f["kind"] not in ("date", "year", "duration")]


def _one(text: str, surface: str, date: str = "2025-03-05") -> dict:
    return next(f for f in _facts(text, date) if f["surface"] == surface)


@pytest.mark.parametrize(("text", "surface", "period"), [
    ("首三季合計增長2.4%。", "2.4%", "2024Q1-Q3"),
    ("前三季度全省地区生产总值增长5.1%。", "5.1%", "2024Q1-Q3"),
    ("上半年社会消费品零售总额增长4.0%。", "4.0%", "2024H1"),
])
def test_a_window_not_over_on_the_date_is_last_years_when_reported(text: str, surface: str, period: str) -> None:
    assert _one(text, surface)["period"] == period


@pytest.mark.parametrize(("text", "surface", "period"), [
    ("预计上半年净利润增长30%。", "30%", "2025H1"),
    ("下半年要力争增长6%。", "6%", "2025H2"),
])
def test_a_window_forecast_or_planned_is_this_years(text: str, surface: str, period: str) -> None:
    assert _one(text, surface)["period"] == period


def test_a_window_over_by_the_date_is_this_years() -> None:
    assert _one("上半年出口增长6%。", "6%", date="2025-07-20")["period"] == "2025H1"


def test_a_forecast_for_next_year_is_of_next_year() -> None:
    assert _one("主計總處上修今年經濟成長率至7.37%，明年預估為3.54%。", "3.54%", date="2025-11-27")["period"] == "2026"


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("本行的淨息差為1.62%，成本對收入比率升至38.5%。", "38.5%", "成本對收入比率"),
    ("集團的負債對股本比率為45.2%。", "45.2%", "負債對股本比率"),
    ("贷款对存款比例降至72%。", "72%", "贷款对存款比例"),
])
def test_a_ratio_of_one_thing_to_another_is_named_whole(text: str, surface: str, subject: str) -> None:
    assert _one(text, surface)["subject"] == subject


def test_a_revision_verb_is_no_part_of_what_it_revises() -> None:
    assert _one("主計總處上修今年經濟成長率至7.37%。", "7.37%", date="2025-11-27")["subject"] == "經濟成長率"


@pytest.mark.parametrize("text", [
    "猪粮比价为5.62:1，进入过度下跌二级预警区间。",
    "启动防汛Ⅳ级应急响应。",
    "全省启动重大气象灾害三级应急响应。",
])
def test_an_alert_level_is_no_figure(text: str) -> None:
    assert [f for f in _facts(text) if f.get("unit") == "级"] == []


def test_so_far_closing_a_period_is_no_part_of_the_indicator() -> None:
    assert _one("本月至今一手成交約1,850宗，涉資逾180億元。", "約1,850宗", date="2025-10-15")["subject"] == "一手成交"


def test_a_number_is_no_subject() -> None:
    assert _one("一、農業生產 稻米產量 萬公噸 120.5 -3.2%", "-3.2%")["subject"] is None


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("央行今日开展1500亿元7天期逆回购操作，操作利率1.40%。", "1500亿元", "7天期逆回购"),
    ("财政部今日招标发行的2000亿元10年期国债，中标利率为1.79%。", "2000亿元", "10年期国债"),
])
def test_a_sum_before_a_tenor_and_its_instrument_measures_the_instrument(text: str, surface: str, subject: str) -> None:
    assert _one(text, surface, date="2025-11-20")["subject"] == subject


@pytest.mark.parametrize(("text", "surface", "change", "base"), [
    ("同时招标的10年期收费公路专项债券中标利率为4.26%,较投标下限上浮59bp。", "59bp", "up", "投标下限"),
    ("中标利率为3.99%,较3.67%的投标下限上浮32个基点。", "32个基点", "up", "投标下限"),
    ("首套房贷款利率较基准下浮10%。", "10%", "down", "基准"),
])
def test_a_rate_set_above_or_below_its_floor(text: str, surface: str, change: str, base: str) -> None:
    f = _one(text, surface)
    assert (f["change"], f["base"]) == (change, base) and f["subject"] != base
