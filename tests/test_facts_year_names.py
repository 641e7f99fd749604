"""A year opening the name of an edition of an event or a list, even in quotes or before a middle
dot, is a year (`“2019西普会”`, `“2024·全国文化企业30强”`, `2024世界机器人博览会`); a code filling its
quotes (`“2108”`) or a festival date (`“3·15”`) is not."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "year"), [
    ("今天，“2024·全国文化企业30强”和“2024·全国成长性文化企业30强”发布。", 2024),
    ("在今年8月13日举办的“2019西普会”上，彭义刚表示。", 2019),
    ("“2025·中国品牌价值评价信息”发布。", 2025),
    ("2024世界机器人博览会开幕。", 2024),
])
def test_a_year_opening_a_name_is_a_year(text: str, year: int) -> None:
    assert year in [f["value"] for f in extract(text, date="2024-05-23") if f["kind"] == "year"]


@pytest.mark.parametrize("text", ["主力“2108”合约下跌。", "今年“3·15”晚会曝光多家企业。", "代号“1949”的行动。"])
def test_a_quoted_code_or_festival_is_no_year(text: str) -> None:
    assert not [f for f in extract(text, date="2024-05-23") if f["kind"] == "year"]


@pytest.mark.parametrize(("text", "year"), [
    ("这几天，2026“村超”全国赛总决赛在贵州榕江火热举行。", 2026),
    ("6月29日，2026全球数字经济大会·太空算力论坛在北京举行。", 2026),
    ("不久前，2024“博士沈阳行”专题招聘会在沈阳开幕。", 2024),
])
def test_a_year_opening_a_name_after_a_comma_is_a_year(text: str, year: int) -> None:
    assert year in [f["value"] for f in extract(text, date="2024-05-23") if f["kind"] == "year"]


def test_a_comma_after_a_digit_still_groups_digits() -> None:
    assert not [f for f in extract("共计12,2024人次参加。", date="2024-05-23") if f["kind"] == "year"]
