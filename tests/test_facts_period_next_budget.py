"""A budget compared with this year's budget is next year's (store/facts/period_next_budget.py): a legislature's
draft for the coming year (`該金額較今年經調整過預算減少…`, `與今年最初預算則多了…`, `其與今年最初預算比，…增加…`),
told in 2023 → 2024; a figure dated by its own 今年 keeps it."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "surface"), [
    ("該金額較今年經調整過預算減少八十二萬元,減幅為百分之零點三五。", "八十二萬元"),
    ("該金額較今年經調整過預算減少八十二萬元,減幅為百分之零點三五。", "百分之零點三五"),
    ("但與今年最初預算則多了三百一十萬元。", "三百一十萬元"),
    ("其與今年最初預算比,人員開支增加四百萬多元。", "四百萬多元"),
    ("明年预算支出比今年的修订预算增加1.2亿元。", "1.2亿元"),
])
def test_a_figure_compared_with_this_years_budget_is_next_years(text: str, surface: str) -> None:
    assert periods(text, "2023-10-09")[surface] == "2024"


def test_this_years_execution_against_this_years_budget_keeps_this_year() -> None:
    got = periods("今年财政收入预计完成120亿元,比今年预算增加5亿元。", "2023-10-09")
    assert (got["120亿元"], got["5亿元"]) == ("2023", "2023")
