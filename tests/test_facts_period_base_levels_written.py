"""A comparison base's own level, in the ways a release writes it (store/facts/periods.py, period_forms.py,
period_flows.py; tests/gold/README.md "## Conventions": the base is never the period, a figure stated for the
base is that period's). Sentences written for these specs."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str = "2025-08-10") -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "expected"), [
    # 之 as 的 (Taiwan's and Hong Kong's written style): the level reached is the sentence's own period's
    ("主計處預測下半年CPI年增率將由上半年之0.99%升至1.93%。", {"0.99%": "2025H1", "1.93%": "2025H2"}),
    ("下半年經濟成長率可望由上半年之3.2%提升至4.5%。", {"3.2%": "2025H1", "4.5%": "2025H2"}),
])
def test_a_level_reached_from_a_dated_level_written_with_zhi_is_the_sentences(text: str, expected: dict) -> None:
    got = periods(text)
    assert {s: got[s] for s in expected} == expected


def test_a_forecast_of_the_half_under_way_is_this_years() -> None:
    # told in August: the second half has begun, and a forecast of it is of this year's, not the next
    got = periods("预计下半年居民消费价格涨幅将由上半年的0.9%升至1.5%。")
    assert (got["0.9%"], got["1.5%"]) == ("2025H1", "2025H2")


@pytest.mark.parametrize(("text", "surface", "period"), [
    ("上半年，全县农业增加值增长11.6%，较上年同期(3.2%)大幅增长。", "3.2%", "2024H1"),
    ("2018年1-7月，全省进出口增长5%，比去年同期(3.2%)加快。", "3.2%", "2017-01/2017-07"),
])
def test_a_same_periods_level_in_brackets_is_one_year_back_not_two(text: str, surface: str, period: str) -> None:
    assert periods(text)[surface] == period
