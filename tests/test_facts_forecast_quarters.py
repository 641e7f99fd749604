"""A quarter forecast by name (issue 10, sealed11's DGBAS forecast lines): `預測第4季民間消費實質成長3.14％`
told in November is the quarter not yet ended, 2025Q4, as `預測值` after a quarter already was; a
quarter named without a forecast word keeps the latest one ended (第一季 in March: last year's)."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f.get("period") for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "surface", "expected"), [
    ("政府普發現金可望推升消費動能，預測第4季民間消費實質成長3.14％，併計前3季，全年成長1.50％。", "2025-11-28", "3.14％", "2025Q4"),
    ("主計總處預估第四季經濟成長率為2.1%。", "2025-11-28", "2.1%", "2025Q4"),
    ("机构预测三季度GDP增长4.8%。", "2025-08-15", "4.8%", "2025Q3"),
    ("预估第一季出口年增15%。", "2026-01-20", "15%", "2026Q1"),
])
def test_a_forecast_quarter_is_the_one_not_yet_ended(text: str, date: str, surface: str, expected: str) -> None:
    assert periods(text, date)[surface] == expected


@pytest.mark.parametrize(("text", "date", "surface", "expected"), [
    ("第一季出口年增15%。", "2025-03-20", "15%", "2024Q1"),
    ("第四季GDP成長2.1%。", "2025-11-28", "2.1%", "2024Q4"),
])
def test_a_quarter_without_a_forecast_word_is_the_latest_ended(text: str, date: str, surface: str, expected: str) -> None:
    assert periods(text, date)[surface] == expected
