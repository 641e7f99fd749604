"""Republic of China years in Taiwan's bond-auction notices and statistics releases: `於114年 1 月 15 日
標售…114年度乙類…公債` (a notice with few of the usual traditional-only characters) is 2025, not a span
of 114 years; `今(101)年9月` is 2012.  A count of years stays one (`已有100年來的歷史`)."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "date", "year"), [
    ("本行受財政部委託,於114年 1 月 15 日標售10年期114年度乙類第1期中央政府建設公債,開標結果如次:", "2025-01-15", 2025),
    ("今(101)年9月就業人數為1,087.8萬人,較上年同月增1.2%。", "2012-10-22", 2012),
    ("去(113)年全年出口金額創新高。", "2025-01-10", 2024),
])
def test_a_roc_year_in_a_taiwan_notice_is_its_gregorian_year(text: str, date: str, year: int) -> None:
    facts = extract(text, date=date)
    assert year in [f["value"] for f in facts if f["kind"] == "year"]
    assert not [f for f in facts if f["kind"] == "duration" and f["value"] > 100]


def test_a_count_of_years_stays_a_duration() -> None:
    assert [(f["kind"], f["value"]) for f in extract("這家公司已有100年來的歷史。")] == [("duration", 100)]
