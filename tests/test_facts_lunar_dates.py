"""Days of the lunar new year are dates: `正月初六` in a February 2026 story is 2026-02-22,
`春节除夕至初五` in February 2024 the days 2024-02-09/2024-02-14; a day not yet come, a lone
`初六` (any lunar month's sixth) and a text without a date or year give none."""

from __future__ import annotations

import pytest

from store.facts import extract


def dates(text: str, date: str | None) -> list[tuple[str, str | None]]:
    return [(f["value"], f["value_high"]) for f in extract(text, date=date) if f["kind"] == "date"]


@pytest.mark.parametrize(("text", "date", "want"), [
    ("正月初六，全社會跨區域人員流動量首次達到 3.8 億人次。", "2026-02-25", ("2026-02-22", None)),
    ("大年初一，全国电影票房达18亿元。", "2025-01-31", ("2025-01-29", None)),
    ("正月十五当天，客流量达120万人次。", "2024-02-26", ("2024-02-24", None)),
    ("春节除夕至初五，网联清算公司处理交易153.8亿笔。", "2024-02-15", ("2024-02-09", "2024-02-14")),
    ("2023年春节除夕至初六，全国铁路发送旅客5000万人次。", "2023-03-01", ("2023-01-21", "2023-01-27")),
])
def test_a_lunar_new_year_day_is_a_date(text: str, date: str, want: tuple) -> None:
    assert want in dates(text, date)


@pytest.mark.parametrize(("text", "date"), [
    ("正月初六将迎来返程高峰。", "2026-02-10"),
    ("初六开工，产量达5万吨。", "2026-02-25"),
    ("正月初六，客流量达3.8亿人次。", None),
])
def test_no_lunar_date_without_a_day_told_as_past(text: str, date: str | None) -> None:
    assert not [v for v in dates(text, date) if v[0].startswith("20")]
