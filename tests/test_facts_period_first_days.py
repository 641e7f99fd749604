"""The first days of a month or a year, a holiday told by its length as its name, and the Spring
Festival's days written from 年三十 (store/facts/period_first_days.py, period_holidays.py; tests/gold/README.md
"## Conventions": `首15天` a duration with its window, a holiday its days, a range of days told with the lunar
days and their days of the month in brackets that range). Sentences written for these specs."""

from __future__ import annotations

import pytest

from store.facts import extract


def facts(text: str, date: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "surface", "window"), [
    ("1月首15天，經各管制站入境的旅客人次按年上升7.5%。", "2025-01-20", "7.5%", "2025-01-01/2025-01-15"),
    ("今年首15天，經各管制站入境的旅客人次按年上升7.5%。", "2025-01-20", "7.5%", "2025-01-01/2025-01-15"),
    ("3月前10天，全国乘用车市场零售42.1万辆，同比增长13%。", "2025-03-12", "42.1万辆", "2025-03-01/2025-03-10"),
    ("3月的前10天，全国乘用车市场零售42.1万辆，同比增长13%。", "2025-03-12", "13%", "2025-03-01/2025-03-10"),
    # the duration itself covers its days
    ("今年前15天，口岸出入境旅客达120万人次。", "2025-01-20", "15天", "2025-01-01/2025-01-15"),
    # written alone at a clause's start: the article's month, its first days gone by
    ("首15天，經各管制站入境的旅客人次按年上升7.5%。", "2025-01-20", "7.5%", "2025-01-01/2025-01-15"),
    ("前10天，全国乘用车市场零售42.1万辆，同比增长13%。", "2025-03-12", "42.1万辆", "2025-03-01/2025-03-10"),
])
def test_the_first_days_of_a_month_or_year_are_those_days(text: str, date: str, surface: str, window: str) -> None:
    assert facts(text, date)[surface]["period"] == window


@pytest.mark.parametrize(("text", "date", "surface"), [
    # "a couple of days ago", not the month's first two
    ("前两天，全国乘用车市场零售42.1万辆。", "2025-03-12", "42.1万辆"),
    # the days not yet gone by in the article's month: which month is unsure
    ("前10天，全国乘用车市场零售42.1万辆。", "2025-03-08", "42.1万辆"),
    # the first days of an event or of a holiday's travel rush are no month's
    ("春运前九天，全国铁路累计发送旅客超1亿人次。", "2024-02-04", "超1亿人次"),
])
def test_first_days_of_no_month_or_year_give_none(text: str, date: str, surface: str) -> None:
    assert facts(text, date)[surface]["period"] is None


@pytest.mark.parametrize(("text", "date", "surface", "window"), [
    ("国庆7天，全国铁路发送旅客1.5亿人次，同比增长4.2%。", "2024-10-08", "1.5亿人次", "2024-10-01/2024-10-07"),
    ("国庆7天，全国铁路发送旅客1.5亿人次，同比增长4.2%。", "2024-10-08", "7天", "2024-10-01/2024-10-07"),
    ("春节8天，全国铁路发送旅客1.5亿人次，同比增长4.2%。", "2024-02-18", "4.2%", "2024-02-10/2024-02-17"),
])
def test_a_holiday_named_by_its_length_is_its_days(text: str, date: str, surface: str, window: str) -> None:
    assert facts(text, date)[surface]["period"] == window


@pytest.mark.parametrize(("text", "surface"), [
    ("旅遊業界數字顯示，於年三十(21日)至正月初六期間，訪港旅客達12.3萬人次，按年上升35%。", "12.3萬人次"),
    ("旅遊業界數字顯示，於年三十(21日)至正月初六期間(27日)，訪港旅客達12.3萬人次。", "12.3萬人次"),
    ("年三十至正月初六期間，訪港旅客達12.3萬人次。", "12.3萬人次"),
])
def test_the_spring_festival_days_from_new_years_eve_are_that_range(text: str, surface: str) -> None:
    assert facts(text, "2023-01-28")[surface]["period"] == "2023-01-21/2023-01-27"
