"""`YYYY年同期` after a half-year or quarter of another year (tests/gold/README.md, sealed7:
`2024年半年度收益4,673.91万元,而2025年同期亏损3,939.39万元` → 2025H1): the same part of the year named."""

from __future__ import annotations

import pytest

from store.facts import extract


def period(text: str, date: str | None, surface: str) -> str | None:
    return next(f["period"] for f in extract(text, date=date) if f["surface"] == surface)


@pytest.mark.parametrize(("text", "date", "surface", "want"), [
    ("因持有上市公司股票公允价值变动,2024年半年度收益4,673.91万元,而2025年同期亏损3,939.39万元,直接影响净利润。", None,
     "3,939.39万元", "2025H1"),
    ("2023年第三季度营收12亿元，2024年同期营收15亿元。", "2024-11-01", "15亿元", "2024Q3"),
    ("2024年上半年，公司淨利潤為2.1億元，2025年同期為3.4億元。", "2025-08-20", "3.4億元", "2025H1"),
])
def test_the_same_period_of_another_year_is_that_part_of_it(text: str, date: str | None, surface: str, want: str) -> None:
    assert period(text, date, surface) == want


def test_a_same_period_with_no_part_named_keeps_the_year() -> None:
    assert period("2024年公司营收12亿元，2025年同期营收15亿元。", "2025-12-01", "15亿元") == "2025"
