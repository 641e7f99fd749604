"""Dates and spans of days the extractor missed on the gold sets (sealed11, sealed12): Taiwan's press
writes the year's zero as ○ (`二○二二年`), dates a story `本(29)日` as it does `今(29)日`, and a market's
run of trading days `連跌兩日`/`连涨5日` (a span, as `连续3日` is, never the 5th of the month); a
report's month (`從8月預測的4.45%`) in an undated page is a month of no known year."""

from __future__ import annotations

import pytest

from store.facts import extract


def read(text: str, date: str | None) -> list[tuple[str, str, object]]:
    return [(f["surface"], f["kind"], f["value"]) for f in extract(text, date=date)]


@pytest.mark.parametrize(("text", "surface", "year"), [
    ("財政部統計處處長說，現在與二○二二年的出口高點相比，只差二六七億美元。", "二○二二年", 2022),
    ("二○一九年全年出口金額創新高。", "二○一九年", 2019),
])
def test_a_year_written_with_a_circle_for_zero_is_a_year(text: str, surface: str, year: int) -> None:
    assert (surface, "year", year) in read(text, "2025-09-09")


def test_this_day_in_brackets_after_ben_is_the_articles_day() -> None:
    assert ("本(29)日", "date", "2007-03-29") in read("一、本(29)日本行理事會決議調升利率。", "2007-03-29")


@pytest.mark.parametrize(("text", "surface", "days"), [
    ("金價連跌兩日,失守4000美元關口。", "兩日", 2),
    ("金价连跌3日,收于每盎司1900美元。", "3日", 3),
    ("恒指连涨5日,收报26000点。", "5日", 5),
])
def test_a_run_of_trading_days_is_a_duration_not_a_day_of_the_month(text: str, surface: str, days: int) -> None:
    assert (surface, "duration", days) in read(text, "2025-10-22")


def test_a_reports_month_in_an_undated_page_is_a_date_without_value() -> None:
    assert ("8月預測", "date", None) in read("主計總處將今年經濟成長率從8月預測的4.45%上修至7.37%。", None)
