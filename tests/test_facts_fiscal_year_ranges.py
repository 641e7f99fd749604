"""A fiscal year written as two years joined by 至/到, the first of two digits or four
(`香港政府25至26財年預算案`, `2025至26財年`, `二零二五至二六財政年度`), is April of the first to March of
the second, as `2025/26財年` is; a span of years without 年度/財年 is none of this."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize("text", ["華僑銀行發布香港政府25至26財年預算案預測報告。", "2025至26財年的赤字預計為1000億元。",
                                  "二零二五至二六財政年度的開支。", "2025/26財年預算案。"])
def test_a_fiscal_year_joined_by_zhi_is_april_to_march(text: str) -> None:
    got = [(f["value"], f["value_high"]) for f in extract(text, date="2025-02-25") if f["kind"] == "date"]
    assert ("2025-04", "2026-03") in got


@pytest.mark.parametrize("text", ["增长15至16%。", "任期为5至6年。"])
def test_a_range_without_a_fiscal_word_is_no_fiscal_year(text: str) -> None:
    assert not [f for f in extract(text, date="2025-02-25") if f["kind"] == "date"]
