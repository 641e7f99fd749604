"""Business-cycle monitoring scores (sealed19, sealed20: Taiwan's 景氣對策信號): `綜合判斷分數為20分`, `較上月減少1分`,
`由黃藍燈轉綠燈,分數增加1分` are the points of a composite indicator — index, unit 分 — while a score on a scale
(`满意度得分为82.2分`) stays a quantity; figures typeset apart from their unit (`增加至 38 分`) are read alike."""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str) -> list[tuple[str, str, object, str | None]]:
    return [(f["surface"], f["kind"], f["value"], f["unit"]) for f in extract(text, date="2026-01-27")]


@pytest.mark.parametrize(("text", "expected"), [
    ("112年2月景氣對策信號綜合判斷分數為10分,較上月減少1分,燈號續呈藍燈。",
     [("10分", "index", 10, "分"), ("1分", "index", 1, "分")]),
    ("12 月景氣對策信號綜合判斷分數增加至 38 分，較上月增加 1 分。",
     [("38 分", "index", 38, "分"), ("1 分", "index", 1, "分")]),
    ("機械及電機設備進口值由黃藍燈轉綠燈,分數增加1分。", [("1分", "index", 1, "分")]),
])
def test_a_monitoring_signal_score_is_an_index_in_points(text: str, expected: list) -> None:
    assert [f for f in _facts(text) if f[3] == "分"] == expected


def test_a_score_on_a_scale_stays_a_quantity() -> None:
    assert _facts("满意度得分为82.2分。") == [("82.2分", "quantity", 82.2, "分")]
    assert _facts("满意度得分为 82.2 分。")[0][:2] == ("82.2 分", "quantity")


def test_the_bands_of_the_lights_are_labels() -> None:       # (sealed20's traps: a legend, no score)
    text = "燈號意義:綠燈(23-31分),表示景氣穩定;紅燈(38-45分),表示熱絡;藍燈(9-16分),表示景氣低迷。"
    assert not [f for f in extract(text) if f["unit"] == "分"]
