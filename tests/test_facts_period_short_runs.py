"""Runs written short, `連升3年`, `連跌19個月`, `连涨5年` (issue 10, sealed8's period misses): 连 with the
first character of its verb is the press's `连续上升`, so the run covers the years or months ending at its
sentence's period, as `连续3年` does (a story of 2025 saying `今年…連升3年` → 2023/2025)."""

from __future__ import annotations

import pytest

from store.facts import extract


def durations(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date) if f["kind"] == "duration"}


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("以高位計今年已累飆68.5%，連升3年之餘。", "2025-12-23", {"3年": "2023/2025"}),
    ("2024年，该市常住人口连增5年，达到1200万人。", "2025-03-01", {"5年": "2020/2024"}),
    ("8月份，全国新房价格连降6个月。", "2024-09-10", {"6个月": "2024-03/2024-08"}),
    ("10月份，該指數連跌3個月，報48.2。", "2023-11-05", {"3個月": "2023-08/2023-10"}),
])
def test_a_short_run_covers_the_span_ending_at_its_period(text: str, date: str, expected: dict[str, str]) -> None:
    assert durations(text, date) == expected
