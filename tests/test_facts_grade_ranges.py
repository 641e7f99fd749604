"""A range of wind or earthquake grades is one figure: `8—10级雷暴大风` gave only 10级 (the lead's bulk
sample), `阵风7—8级` nothing; the range reader now knows a grade as the single reader does (级 is a
measure only for winds, waves and earthquakes: `4至5级响应` stays a label)."""

from __future__ import annotations

import pytest

from store.facts import extract


def by_surface(text: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date="2025-01-09")}


@pytest.mark.parametrize(("text", "surface", "low", "high"), [
    ("部分地区伴有8—10级雷暴大风。", "8—10级", 8, 10),
    ("北方大部地区将有4～6级偏北风。", "4～6级", 4, 6),
    ("天津今天出现6到7级阵风。", "6到7级", 6, 7),
    ("北方多地会出现5—6级大风、阵风7—9级。", "7—9级", 7, 9),
    ("当地发生里氏6.5至7级地震。", "6.5至7级", 6.5, 7),
])
def test_a_range_of_grades_is_one_figure(text: str, surface: str, low: float, high: float) -> None:
    f = by_surface(text)[surface]
    assert (f["kind"], f["value"], f["value_high"], f["unit"]) == ("quantity", low, high, "级")


def test_a_response_level_range_stays_a_label() -> None:
    assert by_surface("启动4至5级应急响应。") == {}
