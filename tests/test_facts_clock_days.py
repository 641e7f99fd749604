"""A clock time told on the article's day or the day before is a date of that day (`截至今天18时` →
the article's date, `昨天下午3时` → the day before); `当天18时` (another day the text may have told
of) and a text without a date give none, and a duration in hours stays a duration — read since junk37 with `unsaid=True` only: a time of day is read — its day dates the figures after it — but not reported (the fresh samples trap it: tests/gold/README.md "Label conflicts", tests/test_facts_junk37.py)."""

from __future__ import annotations

import pytest

from store.facts import extract


def dates(text: str, date: str | None = "2025-08-16") -> dict[str, str]:
    return {f["surface"]: f["value"] for f in extract(text, date=date, unsaid=True) if f["kind"] == "date"}


@pytest.mark.parametrize(("text", "surface", "day"), [
    ("截至今天18时，中国体育代表团以30金13银8铜的成绩位列金牌榜第一位。", "18时", "2025-08-16"),
    ("截至今天15时30分，全国共发送旅客2000万人次。", "15时30分", "2025-08-16"),
    ("昨天下午3时，客流达到高峰。", "3时", "2025-08-15"),
    ("截至今日12时，累计报名超过5万人。", "12时", "2025-08-16"),
])
def test_a_clock_time_on_a_relative_day_is_that_days_date(text: str, surface: str, day: str) -> None:
    assert dates(text)[surface] == day


@pytest.mark.parametrize(("text", "date"), [("当天18时，比赛结束。", "2025-08-16"), ("截至今天18时，金牌30枚。", None)])
def test_no_clock_date_without_the_day(text: str, date: str | None) -> None:
    assert not [s for s in dates(text, date) if "时" in s]


def test_hours_counted_stay_a_duration() -> None:
    got = {f["surface"]: f["kind"] for f in extract("今天连续工作12小时。", date="2025-08-16")}
    assert got.get("12小时") == "duration"
