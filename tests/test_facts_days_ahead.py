"""Days told as still ahead of the article (issue 10, sealed11's period misses; store/facts/days_ahead.py):
the periods read them as the date facts do — a month and day at most 62 days after the article's
day is this year's (`3月1日起…将正式实施` told on 2026-02-28: 2026-03-01, was 2025-03-01), and a day
of the month alone that starts something announced as ahead (`11日起，…将有4到6摄氏度降温` told on
2025-02-09) is of the article's month, not the month before; a past day keeps the past."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f.get("period") for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "surface", "expected"), [
    ("3月1日起，539项国家标准将正式实施，涉及人工智能等领域。", "2026-02-28", "539项", "2026-03-01"),
    ("4月15日起，全国将有1200个检测站开放预约。", "2025-03-20", "1200个", "2025-04-15"),
    ("7月1日，新修订的条例正式施行，涉及36项条款。", "2025-06-26", "36项", "2025-07-01"),
    # far ahead and not announced: last year's, as before (12月30日 in a January story)
    ("12月30日，该市接待游客12万人次。", "2025-01-05", "12万人次", "2024-12-30"),
])
def test_a_month_and_day_just_ahead_is_this_years(text: str, date: str, surface: str, expected: str) -> None:
    assert periods(text, date)[surface] == expected


@pytest.mark.parametrize(("text", "date", "surface", "expected"), [
    ("11日起，新一轮冷空气来袭，中东部将有4到6摄氏度降温，并伴有4到6级风。", "2025-02-09", "4到6级", "2025-02-11"),
    ("15日起，全市将投放5000辆共享单车。", "2025-06-10", "5000辆", "2025-06-15"),
    ("20日起，该航线将每周加密至14班。", "2025-06-18", "14班", "2025-06-20"),
    # no 起…将: a day after the article's is the month before's (news reports the past)
    ("28日，新一轮冷空气来袭，气温下降4度。", "2025-02-09", "4度", "2025-01-28"),
    ("25日起，当地连续降雨，已造成3人遇难。", "2025-07-04", "3人", "2025-06-25"),
])
def test_a_day_alone_starting_something_ahead_is_this_months(text: str, date: str, surface: str, expected: str) -> None:
    assert periods(text, date)[surface] == expected


def test_the_date_fact_agrees_with_the_period() -> None:
    got = {f["surface"]: f for f in extract("11日起，新一轮冷空气来袭，中东部将有4到6摄氏度降温。", date="2025-02-09")}
    assert got["11日"]["value"] == "2025-02-11"
