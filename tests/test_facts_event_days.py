"""The day of an event told by its place in it (`春运第12天`, `端午假期第二天`, `军事打击进入第30天`, `是第135届广交会的
第三天`) is a date, as sealed9, sealed11, sealed12 and sealed15 label it: the holiday's day, else the day its
sentence dates, else the article's day when told 今天, else a date of no known day.  The next day of a story
(`第二天上午`, `第二天起`), a run (`连续第五天`) and `倒数第二天` stay no date.  Sentences written for the rule."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "date", "surface", "want"), [
    ("今天（2月13日）是春运第12天，全社会跨区域人员流动量预计超2.8亿人次。", "2026-02-13", "第12天", "2026-02-13"),
    ("端午假期第二天，预计全社会跨区域人员流动量超2.1亿人次。", "2025-06-01", "第二天", "2025-06-01"),
    ("今天（3月29日），美国和以色列对伊朗的军事打击进入第30天。", "2026-03-29", "第30天", "2026-03-29"),
    ("10日，美国联邦政府“停摆”进入第十天。", "2025-10-10", "第十天", "2025-10-10"),
    ("今天是国庆假期第一天，交通部门迎来客流高峰。", "2024-10-01", "第一天", "2024-10-01"),
    ("今天是第135届广交会的第三天。", "2024-04-17", "第三天", "2024-04-17"),
    ("春运进入第四天，客流保持高位运行。", None, "第四天", None),
])
def test_a_day_told_by_its_place_in_an_event_is_a_date(text: str, date: str | None, surface: str, want: str | None) -> None:
    got = [(f["kind"], f["value"]) for f in extract(text, date=date) if f["surface"] == surface]
    assert got == [("date", want)]


def test_last_years_holiday_day_in_a_base_is_last_years() -> None:
    got = [f["value"] for f in extract("端午假期第二天，人员流动量超2.1亿人次，比去年端午假期第二天增长6.2%。", date="2025-06-01")
           if f["surface"] == "第二天"]
    assert got == ["2025-06-01", "2024-06-09"]


@pytest.mark.parametrize("text", [
    "第二天上午，哈萨克斯坦总统举行欢迎仪式。",
    "第二天起，涓水水位开始回落。",
    "今天，重庆连续第五天发布高温红色预警。",
    "第五期乡村教师培训进入倒数第二天。",
    "为确保列车第二天正常运行，工人连夜作业。",
])
def test_the_next_day_of_a_story_or_a_run_is_no_date(text: str) -> None:
    # (a run's place, 连续第五天, is a rank in 天 as 连续第二年 is one in 年: test_facts_found33_classes)
    assert not [f for f in extract(text, date="2024-10-01") if "天" in f["surface"] and f["kind"] != "rank"]
