"""The four quarters of a year listed by `各季` (issue 10, sealed8's period misses): `今年各季GDP分別為
5.45%、8.01%、2.91%、1.72%` gives the figures Q1 to Q4 in order, not the whole year to each (four
wrong periods in one sentence).  Only a list of exactly four figures after 各季/每季/四个季度 reads so;
fewer figures could be any quarters and keep the year's rule."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date) if f["kind"] not in ("date", "year")}


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("主計總處估今年各季GDP分別為5.45%、8.01%、2.91%、1.72%。", "2025-11-28",
     {"5.45%": "2025Q1", "8.01%": "2025Q2", "2.91%": "2025Q3", "1.72%": "2025Q4"}),
    ("展望2026年，經濟成長率預估為2.81%，各季分別為2.39%、0.46%、3.52%、4.82%。", "2025-11-28",
     {"2.81%": "2026", "2.39%": "2026Q1", "0.46%": "2026Q2", "3.52%": "2026Q3", "4.82%": "2026Q4"}),
    ("2023年四个季度GDP分别增长4.5%、6.3%、4.9%和5.2%。", "2024-01-17",
     {"4.5%": "2023Q1", "6.3%": "2023Q2", "4.9%": "2023Q3", "5.2%": "2023Q4"}),
])
def test_four_figures_after_each_quarter_are_q1_to_q4(text: str, date: str, expected: dict[str, str]) -> None:
    assert periods(text, date) == expected


def test_fewer_figures_keep_the_year() -> None:
    got = periods("今年各季出口分别增长3.1%、2.5%。", "2025-08-10")
    assert set(got.values()) <= {"2025", None}
