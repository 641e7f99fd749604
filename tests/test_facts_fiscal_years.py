"""A fiscal year written as two years (`2019/20年度`, `二零一九/二零年度`, `二〇二四／二五財政年度`) is one
date, April of the first year to March of the second — never a span of 20 or 25 years."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "surface", "lo", "hi"), [
    ("二零一九/二零年度的总收入预计为六千二百六十一亿元。", "二零一九/二零年度", "2019-04", "2020-03"),
    ("2019/20年度的总收入预计为6261亿元。", "2019/20年度", "2019-04", "2020-03"),
    ("二〇二四／二五年度的赤字为四百八十七亿元。", "二〇二四／二五年度", "2024-04", "2025-03"),
    ("政府預計2025/26財政年度錄得綜合赤字。", "2025/26財政年度", "2025-04", "2026-03"),
])
def test_a_fiscal_year_of_two_years_is_one_date(text: str, surface: str, lo: str, hi: str) -> None:
    facts = extract(text, date="2019-02-27")
    got = [f for f in facts if f["surface"] == surface]
    assert got and (got[0]["kind"], got[0]["value"], got[0]["value_high"]) == ("date", lo, hi)
    assert not [f for f in facts if f["kind"] == "duration"]


@pytest.mark.parametrize("text", ["比分2019/21年度", "按1/20年计"])
def test_two_years_that_do_not_follow_each_other_are_no_fiscal_year(text: str) -> None:
    assert not [f for f in extract(text, date="2019-02-27") if f["kind"] == "date"]
