"""A day of a statutory holiday named as part of it (issue 10, sealed9's `第二天` call and sealed11's
National Day line; store/facts/holiday_days.py): `国庆假期第一天` is the holiday's first day,
`第三天` its third, `最后一天` its last, `前三天` its first three days — not the holiday's month."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f.get("period") for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "surface", "expected"), [
    ("今天（10月1日）是国庆假期第一天，预计全社会跨区域人员流动量达3.1亿人次。", "2024-10-01", "3.1亿人次", "2024-10-01"),
    ("国庆假期第三天，全国铁路发送旅客1620万人次。", "2024-10-04", "1620万人次", "2024-10-03"),
    ("国庆假期最后一天，全国铁路发送旅客1500万人次。", "2024-10-08", "1500万人次", "2024-10-07"),
    ("五一假期首日，全社会跨区域人员流动量达2.9亿人次。", "2025-05-02", "2.9亿人次", "2025-05-01"),
    ("国庆假期前三天，全国接待国内游客2亿人次。", "2024-10-04", "2亿人次", "2024-10-01/2024-10-03"),
])
def test_a_part_of_the_holiday_is_its_days(text: str, date: str, surface: str, expected: str) -> None:
    assert periods(text, date)[surface] == expected


def test_a_day_past_the_holiday_keeps_the_month() -> None:
    assert periods("国庆假期第八天，全国铁路发送旅客1500万人次。", "2024-10-09")["1500万人次"] == "2024-10"
