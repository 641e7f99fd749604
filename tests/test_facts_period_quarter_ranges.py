"""A range of quarters written with a dash (`1-3季度`, `一至三季度`) is the quarters from the first to the last,
for the figures after it, as `前三季度` is (store/facts/period_quarter_ranges.py; sealed13's call), not the
last quarter alone."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "surface", "window"), [
    ("另外,1-3季度我镇完成全社会固定资产投资41.5亿元,其中工业性投资达10.3亿元,同比增长40%。", "10.3亿元", "2011Q1-Q3"),
    ("今年一至三季度，全市地区生产总值增长5%。", "5%", "2011Q1-Q3"),
    ("1—2季度，全县实现财政收入3.2亿元。", "3.2亿元", "2011Q1-Q2"),
])
def test_a_range_of_quarters_is_the_quarters_from_the_first(text: str, surface: str, window: str) -> None:
    assert periods(text, "2011-10-19")[surface] == window


def test_a_single_quarter_after_the_range_keeps_its_own() -> None:
    got = periods("今年一至三季度，全市地区生产总值增长5%，第3季度增长4%。", "2011-10-19")
    assert got["4%"] == "2011Q3"
