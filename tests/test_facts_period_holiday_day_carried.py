"""A breakdown (`其中…`) after a sentence dated by a holiday's own day (`元旦当天`, `“五一”当天`, `除夕当天`) is of that day, as a
breakdown after `1月1日` already was (tests/gold/README.md "## Conventions", period: a breakdown takes the period of the
sentence before; main labels `元旦当天共计180.3万人次出入境…。其中，内地居民出入境86.9万人次` 2025-01-01). The sentence before
was read without its holiday, and its `当天` named no day. Each sentence is written for the test.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _periods(text: str, date: str | None) -> dict[str, str | None]:
    return {f["surface"]: f.get("period") for f in extract(text, date=date) if f["kind"] not in ("date", "year")}


@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    ("边检总站通报，元旦当天共计12.6万人次出入境，同比增长9.1%。其中，内地居民出入境6.2万人次，同比增长8.4%。",
     "2026-01-02", "6.2万人次", "2026-01-01"),
    ("边检总站通报，元旦当天共计12.6万人次出入境，同比增长9.1%。其中，内地居民出入境6.2万人次，同比增长8.4%。",
     "2026-01-02", "8.4%", "2026-01-01"),
    ("据统计，“五一”当天全市接待游客85万人次。其中，外地游客52万人次，占比61.2%。",
     "2025-05-02", "52万人次", "2025-05-01"),
])
def test_a_breakdown_after_a_holidays_own_day_is_of_that_day(text: str, date: str, surface: str, period: str) -> None:
    assert _periods(text, date)[surface] == period


def test_a_breakdown_after_a_named_day_stays_that_day() -> None:
    got = _periods("边检总站通报，1月1日共计12.6万人次出入境。其中，内地居民出入境6.2万人次。", "2026-01-02")
    assert got["6.2万人次"] == "2026-01-01"
