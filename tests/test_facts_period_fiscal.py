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
