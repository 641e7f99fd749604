"""Weeks of a month (store/facts/period_month_weeks.py; tests/gold/README.md, the sealed6 calls): weeks
run Monday to Sunday, counted from the month's first full week; the figures after `3月第2周` take that
week, a run of weeks (`连续7周回落`) the weeks ending with it, and `前一周` stays a base.  A week
that would end after the article's date is not the week meant: the month stays."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "surface", "week"), [
    ("3月第2周,全国集市猪肉价格为每公斤46.26元,同比下降20.9%。", "2021-03-18", "46.26元", "2021-03-08/2021-03-14"),
    ("3月第2周，全国集市鸡蛋价格为每公斤9.80元。", "2021-03-18", "9.80元", "2021-03-08/2021-03-14"),
    # 1 November 2020 is a Sunday: the first full week starts on the 2nd
    ("2020年11月第一周,每公斤猪肉47.03元,比前一周下降1.3%,同比下降19.9%。", "2020-11-09", "1.3%",
     "2020-11-02/2020-11-08"),
    ("2020年11月第一週，豬肉批發價格每公斤47.03元，比前一週下跌1.3%。", "2020-11-09", "47.03元",
     "2020-11-02/2020-11-08"),
    ("据监测，6月份第三周全国活鸡平均价格每公斤24.5元。", "2024-06-25", "24.5元", "2024-06-17/2024-06-23"),
])
def test_a_week_of_a_month_runs_monday_to_sunday(text: str, date: str, surface: str, week: str) -> None:
    assert periods(text, date)[surface] == week


def test_a_run_of_weeks_ends_with_the_stated_week() -> None:
    got = periods("3月第2周,全国集市猪肉价格为每公斤46.26元,连续7周回落,同比下降20.9%。", "2021-03-18")
    assert got["7周"] == "2021-01-25/2021-03-14"
    assert got["20.9%"] == "2021-03-08/2021-03-14"


def test_a_week_ending_after_the_article_keeps_the_month() -> None:
    got = periods("10月第四周,22省市猪肉均价继续上升至56.02元/千克。", "2019-10-28")
    assert got["56.02元/千克"] == "2019-10"


def test_a_run_of_weeks_without_a_stated_week_has_no_window() -> None:
    assert periods("全国猪肉价格已连续7周回落，同比下降20.9%。", "2021-03-18")["7周"] is None
