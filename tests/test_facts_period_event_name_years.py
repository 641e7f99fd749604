"""The year that opens an event's name names its edition (store/facts/period_event_name_years.py; sealed24's
`今天（8月3日），2025年世界运动会运动员村举行开村仪式，…200多人参加` → 2025-08-03): a count told of the event on a
day its sentence names takes that day, not the edition's year; with no day named the year stays."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "surface", "day"), [
    ("今天（8月3日），2025年世界运动会运动员村举行开村仪式，参赛运动员代表等200多人参加。", "2025-08-03", "200多人",
     "2025-08-03"),
    ("9月12日，2024年中国国际服务贸易交易会在北京开幕，共有80多个国家和国际组织参展。", "2024-09-12", "80多个",
     "2024-09-12"),
])
def test_a_count_at_an_event_told_on_a_day_takes_the_day(text: str, date: str, surface: str, day: str) -> None:
    assert periods(text, date)[surface] == day


def test_without_a_day_the_edition_s_year_stays() -> None:
    assert periods("2025年世界运动会共有4000名运动员参赛。", "2025-08-03")["4000名"] == "2025"


def test_a_year_that_names_no_event_is_left_alone() -> None:
    assert periods("3月5日，国家统计局公布，2024年全国共有4000家企业上市。", "2025-03-05")["4000家"] == "2024"
