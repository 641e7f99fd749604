"""Years and months a sentence tells in passing (tests/gold/README.md, the sealed10 and sealed12 calls; issue 10,
"Period"): `上年` after a year the sentence names is the year before that one, an anniversary told with a far
year (`2014年澳门回归祖国15周年之际`) is of that year, a sentence whose only period is last year's month as its
base (`比去年一月上升`) is of this year's month, and London's three-month copper (`伦敦三月铜`) names no March."""

from __future__ import annotations

import pytest

from store.facts import extract


def facts(text: str, date: str | None) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date=date)}


def periods(text: str, date: str | None) -> dict[str, str | None]:
    return {s: f["period"] for s, f in facts(text, date).items()}


def test_last_year_after_a_named_year_is_the_year_before_it() -> None:
    got = periods("该基金会2012年度公益支出为52.3万元，而上年总收入为410万元。", None)
    assert (got["52.3万元"], got["410万元"]) == ("2012", "2011")


def test_last_years_income_a_share_is_of_does_not_date_the_share() -> None:
    got = periods("该基金会2012年度公益支出为52.3万元，仅占上年总收入的12.8%。", None)
    assert got["12.8%"] != "2011"


@pytest.mark.parametrize(("text", "surface", "year"), [
    ("2009年澳门回归祖国10周年之际，中央政府宣布了多项支持措施。", "10周年", "2009"),
    ("2019年，澳门回归祖国20周年之际，主席来到政府综合服务中心。", "20周年", "2019"),
])
def test_an_anniversary_told_with_its_year_is_of_that_year(text: str, surface: str, year: str) -> None:
    assert periods(text, "2024-12-18")[surface] == year


def test_an_anniversary_after_a_year_of_something_else_keeps_none() -> None:
    assert periods("2018年的访问之后，两国关系迎来40周年。", "2024-12-18")["40周年"] is None


def test_a_sentence_told_against_last_years_month_is_of_this_years_month() -> None:
    got = periods("在三大客源中，內地旅客佔百分之六十一點二，達九十八萬人次，比去年二月上升百分之十八點三。", "2008-03-20")
    assert set(got[s] for s in ("百分之六十一點二", "九十八萬人次", "百分之十八點三")) == {"2008-02"}


def test_a_month_of_last_year_still_ahead_this_year_dates_nothing() -> None:
    got = periods("內地旅客達九十八萬人次，比去年十月上升百分之十八點三。", "2008-03-20")
    assert got["九十八萬人次"] is None


def test_londons_three_month_copper_names_no_month() -> None:
    got = periods("当日15:00伦敦三月铜报价9011.00美元/吨,上海与伦敦的内外比值为8.02。", "2024-06-12")
    assert "2024-03" not in (got["9011.00美元/吨"], got["8.02"])


def test_a_rise_told_as_sheng_before_a_figure_is_no_litre() -> None:
    got = facts("今年一至九月收益达589亿元，比去年同期404亿升百分之四十五点八。", "2007-10-05")
    assert "404亿" in got and got["404亿"].get("unit") != "升"
    assert got["百分之四十五点八"]["change"] == "up"
