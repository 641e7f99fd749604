"""Fiscal years of two years as the period of the figures after them (store/facts/period_fiscal.py):
a Hong Kong budget's `二零一九/二零年度` is April 2019 to March 2020 for every figure of its sentence
(tests/gold/README.md: fiscal years are month ranges, `二零一九/二零年度` → 2019-04/2020-03)."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str = "2019-02-27") -> dict[str, str | None]:
    return {f["surface"].lstrip("约約"): f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "figures"), [
    ("二零一九/二零年度的总收入预计为六千二百六十一亿元。", ["六千二百六十一亿元"]),
    ("在二零一九/二零年度,公务员编制会增至十九万一千八百一十六个职位,较上年度增加三千四百八十一个,增幅约百分之一点八。",
     ["十九万一千八百一十六个", "三千四百八十一个", "百分之一点八"]),
    ("计及二零一九/二零年度从房屋储备金回拨的二百一十二亿元,我预计该年度会录得一百六十八亿元的综合盈余。",
     ["二百一十二亿元", "一百六十八亿元"]),
    ("2019/20年度的经营开支预计为5015亿元,按年增加15.4%。", ["5015亿元", "15.4%"]),
    ("2019／20財政年度的總收入預計為6261億元。", ["6261億元"]),
])
def test_a_fiscal_year_of_two_years_is_april_to_march_for_the_figures_after_it(text: str, figures: list[str]) -> None:
    got = periods(text)
    assert [got[s] for s in figures] == ["2019-04/2020-03"] * len(figures)


def test_a_figure_before_the_fiscal_year_is_not_given_it() -> None:
    got = periods("政府去年录得盈余1000亿元,二零一九/二零年度的总收入预计为六千二百六十一亿元。")
    assert got["1000亿元"] == "2018"


def test_hong_kongs_this_fiscal_year_is_the_april_to_march_year_of_the_article() -> None:
    got = periods("華僑銀行(香港)今發布香港政府25至26財年預算案預測報告,預料本財年港府財政赤字為1000億元,"
                  "財赤佔香港本地生產總值(GDP)的3.4%。", date="2025-02-25")
    assert (got["1000億元"], got["3.4%"]) == ("2024-04/2025-03", "2024-04/2025-03")


def test_a_fiscal_year_of_two_short_years_is_one_date() -> None:
    got = {f["surface"]: f for f in extract("香港政府25至26財年預算案明日公布。", date="2025-02-25")}
    assert (got["25至26財年"]["value"], got["25至26財年"]["value_high"]) == ("2025-04", "2026-03")


def test_a_fiscal_year_named_by_one_year_stays_that_year() -> None:
    assert periods("日本本田汽车公司公布财报显示，2025财年净亏损4239亿日元。", date="2026-05-14")["4239亿日元"] == "2025"


def test_the_first_months_of_a_fiscal_year_named_as_such_start_in_april() -> None:
    """今個財政年度首兩個月 names the April–March year even where the text names no Hong Kong body
    (store/facts/period_fiscal_windows.py; sealed13's call)."""
    got = {f["surface"]: f["period"] for f in extract(
        "今年5月,政府整體支出183億元,收入108億元;今個財政年度首兩個月的整體支出387億元,收入330億元,故錄得57億元赤字。",
        date="2008-06-30")}
    assert got["387億元"] == got["57億元"] == "2008-04/2008-05"
    assert got["183億元"] == "2008-05"
