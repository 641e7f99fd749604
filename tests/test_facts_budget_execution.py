"""Budget execution told to a month (store/facts/period_budget.py; tests/gold/README.md, sealed9's call): a
county's `4月,…累计完成` is the months to that month, the budget it is measured against the year, and
减支/增支 are changes against the stated base."""

from __future__ import annotations

import pytest

from store.facts import extract


def facts(text: str, date: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "done", "share", "window"), [
    ("5月份，全县一般公共预算收入累计完成3.2亿元，完成年初预算的45.1%，同比增长6.3%。", "2025-06-10",
     "3.2亿元", "45.1%", "2025-01/2025-05"),
    ("9月,政府性基金预算支出累计完成8120万元,完成预算数20100万元的40.4%,比上年增支510万元,增长6.7%。", "2023-10-12",
     "8120万元", "40.4%", "2023-01/2023-09"),
    ("2024年6月，全市一般公共预算支出累计完成56.7亿元，占调整预算的48.2%，比上年减支2.1亿元。", "2024-07-15",
     "56.7亿元", "48.2%", "2024-01/2024-06"),
])
def test_what_was_executed_by_a_month_is_of_the_months_to_it(text: str, date: str, done: str, share: str,
                                                             window: str) -> None:
    got = facts(text, date)
    assert (got[done]["period"], got[share]["period"]) == (window, window)


@pytest.mark.parametrize(("text", "date", "budget", "year"), [
    ("4月,政府性基金支出累计完成5308万元,完成年初预算数24710万元的21.5%,下降83.9%。", "2024-05-16", "24710万元", "2024"),
    ("9月,政府性基金预算支出累计完成8120万元,完成预算数20100万元的40.4%。", "2023-10-12", "20100万元", "2023"),
])
def test_the_budget_measured_against_is_of_the_whole_year(text: str, date: str, budget: str, year: str) -> None:
    got = facts(text, date)
    assert got[budget]["period"] == year
    assert got["83.9%" if "83.9%" in got else "40.4%"]["period"] != f"{year}-01"     # 年初 dates nothing after it


def test_a_months_own_total_stays_that_months() -> None:
    assert facts("7月份，全国铁路累计开行旅游列车357列。", "2026-08-02")["357列"]["period"] == "2026-07"


@pytest.mark.parametrize(("text", "surface", "change"), [
    ("4月,一般公共预算支出累计完成107752万元,比上年减支9240万元,下降7.9%。", "9240万元", "down"),
    ("9月,政府性基金预算支出累计完成8120万元,比上年增支510万元,增长6.7%。", "510万元", "up"),
])
def test_spending_cut_or_raised_is_a_change_against_its_base(text: str, surface: str, change: str) -> None:
    f = facts(text, "2024-05-16")[surface]
    assert (f["change"], f["base"]) == (change, "上年")
