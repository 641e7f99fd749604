"""Taiwan's years before ROC 100 have two digits (`88年`, `90~99年`): in a text that writes ROC years they are years
(1911 + n) where they date — a month of one, a range of them, the start of a growth up to an ROC year; a count of
years (`成立50年`, `50年來`) stays a duration, and a text with no ROC year reads none.  Sentences written for the rule."""

from __future__ import annotations

import pytest

from store.facts import extract


def _years(text: str) -> dict[str, tuple]:
    return {f["surface"]: (f["value"], f["value_high"]) for f in extract(text) if f["kind"] in ("year", "date")}


def test_a_range_of_two_digit_roc_years_is_a_span_of_years() -> None:
    got = _years("據主計總處統計,每人月薪資由80年2萬1,000元增至104年4萬8,000元,其中80~89年平均增6.1%,90~104年平均增1.2%。")
    assert got["80~89年"] == (1991, 2000) and got["90~104年"] == (2001, 2015)
    assert got["80年"][0] == 1991 and got["104年"][0] == 2015


def test_a_range_reaching_a_three_digit_roc_year_and_its_years_between() -> None:
    assert _years("從產業別觀察,88~107 年間,製造業薪資平均年增1.5%。")["88~107 年"] == (1999, 2018)


def test_the_first_months_of_an_roc_year_are_of_that_year() -> None:
    got = {f["surface"]: f for f in extract("經濟部統計處資料顯示,出口值由99年3,000億美元增至108年前11月平均4,100億美元。")}
    assert got["108年"]["value"] == 2019


def test_a_month_of_a_two_digit_roc_year() -> None:
    assert _years("經濟部統計,自97年9月以來,外銷訂單已連續衰退,至105年才回升。")["97年9月"][0] == "2008-09"


@pytest.mark.parametrize("text", [
    "該公司成立50年,營收較105年成長3成。",       # a count of years beside an ROC year
    "這家店已經營業80年,每年營收約2億元。",        # no ROC year in the text
])
def test_a_count_of_years_stays_a_duration(text: str) -> None:
    assert not [f for f in extract(text) if f["kind"] == "year" and f["value"] in (1961, 1991)]


def test_a_month_before_a_place_named_with_numerals_is_a_month() -> None:
    got = [f for f in extract("6月四川居民消费价格同比上涨0.3%。", date="2024-07-10") if f["surface"] == "6月"]
    assert [f["value"] for f in got] == ["2024-06"]
