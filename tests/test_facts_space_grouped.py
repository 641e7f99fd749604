"""Thousands grouped by spaces (Hong Kong statistical releases: `3 697 000人`, `減少約2 300人`) are one
number, as `3,697,000人` is; the surface keeps the spaces as written.  A space before a unit
(`5 天`, `168.66 亿美元`), a year (`2016 年`) or a lone digit group stays as it was."""

from __future__ import annotations

import pytest

from store.facts import extract


def surfaces(text: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date="2024-03-19")}


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("總就業人數由3 697 000人下跌至3 694 700人。", "3 697 000人", 3697000),
    ("總就業人數由3 697 000人下跌至3 694 700人。", "3 694 700人", 3694700),
    ("同期的總勞動人口減少約2 700人。", "約2 700人", 2700),
    ("失業人數為118 100人。", "118 100人", 118100),
    ("就業不足人數增加1\u00a0200人。", "1\u00a0200人", 1200),         # a no-break space
    ("訪港旅客達12 345 678人次。", "12 345 678人次", 12345678),
])
def test_space_grouped_thousands_are_one_number(text: str, surface: str, value: int) -> None:
    got = surfaces(text)
    assert surface in got, list(got)
    assert got[surface]["value"] == value


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("假期延长5 天。", "5 天", 5),
    ("出口额为168.66 亿美元。", "168.66 亿美元", 16866000000),
    ("全年新增12 家企业。", "12 家", 12),
])
def test_a_space_before_a_unit_or_magnitude_is_unchanged(text: str, surface: str, value: int) -> None:
    got = surfaces(text)
    assert surface in got and got[surface]["value"] == value, list(got)


def test_groups_that_are_not_three_digits_stay_apart() -> None:
    got = surfaces("共有12 34人参加，另有1 2345人。")
    assert not any(f["value"] in (1234, 12345) for f in got.values())
