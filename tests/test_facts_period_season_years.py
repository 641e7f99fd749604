"""A season across two years written without 年 (`2024—2025冰雪季`, `2025—2026学年`, `2024-2025赛季`) is one year
range, as `2024—2025年` is, and dates the figures under it (store/facts/season_years.py): read before, the second
year stood alone as a year label and the figures had no period."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "surface", "period"), [
    ("2024—2025冰雪季，全国冰雪旅游人数达到3.5亿人次。", "3.5亿人次", "2024/2025"),
    ("将于2025—2026学年，在全国选派13606名教师。", "13606名", "2025/2026"),
    ("2024-2025赛季，联赛场均观众达到2.3万人。", "2.3万人", "2024/2025"),
])
def test_a_season_across_two_years_dates_its_figures(text: str, surface: str, period: str) -> None:
    facts = extract(text, date="2025-11-20")
    assert [(f["kind"], f["value"], f["value_high"]) for f in facts if f["kind"] == "year"] == \
        [("year", int(period[:4]), int(period[5:]))]
    assert {f["surface"]: f["period"] for f in facts}[surface] == period


def test_years_further_apart_before_a_season_word_are_no_season() -> None:
    facts = extract("2020—2025冬季平均气温上升了1.2摄氏度。", date="2025-11-20")
    assert not [f for f in facts if f["kind"] == "year" and f.get("value_high")]


def test_a_leagues_season_inside_an_events_name_leaves_the_day() -> None:
    facts = extract("当地时间16日，2023—2024赛季国际滑联短道速滑世锦赛落幕，中国队收获3枚金牌。", date="2024-03-17")
    assert {f["surface"]: f["period"] for f in facts}["3枚"] == "2024-03-16"
