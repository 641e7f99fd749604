"""Lists of periods paired with lists of values (issue 10, the sealed3 sample's period misses): month
ranges written with spaces (`8-9 月`, `10-12 月`) are ranges, and the months of one list keep the year
of its first item, so a forecast's `10-12 月` is not read as last December (the worst case: a wrong
period)."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date) if f["kind"] not in ("date", "year")}


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("预测 7 月、 8-9 月、 10-12 月专项债发行规模分别在 0.6、 0.9、 0.5 万亿元左右。", "2024-07-02",
     {"0.6": "2024-07", "0.9": "2024-08/2024-09", "0.5 万亿元左右": "2024-10/2024-12"}),
    ("预计 6 月、 7-8 月、 9-12 月新增专项债分别为 4000、 5500、 8000 亿元。", "2023-06-05",
     {"4000": "2023-06", "5500": "2023-07/2023-08", "8000 亿元": "2023-09/2023-12"}),
])
def test_a_list_of_months_keeps_the_year_of_its_first_item(text: str, date: str, expected: dict[str, str]) -> None:
    assert periods(text, date) == expected


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("11月、12月，出口分别增长6.7%和10.7%。", "2025-01-13", {"6.7%": "2024-11", "10.7%": "2024-12"}),
    ("预计第四季度、明年一季度GDP分别增长4.6%、5.0%。", "2024-10-20", {"4.6%": "2024Q4", "5.0%": "2025Q1"}),
    ("12月、1月，社会消费品零售总额分别增长3.7%和4.0%。", "2025-02-20", {"3.7%": "2024-12", "4.0%": "2025-01"}),
])
def test_lists_that_cross_a_year_or_name_theirs_are_read_as_written(text: str, date: str,
                                                                     expected: dict[str, str]) -> None:
    assert periods(text, date) == expected


def test_a_month_range_with_a_space_before_its_month_word_is_a_range() -> None:
    got = periods("10-12 月，地方债发行规模约1.35万亿元。", "2024-12-31")
    assert got["约1.35万亿元"] == "2024-10/2024-12"
