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


@pytest.mark.parametrize("text", [
    "工業生產指數與海關出口值均轉呈「綠燈」，各增加 1 分；股價指數轉為「黃藍燈」，減少 1 分。",
    "海關出口值轉呈黃藍燈，減少1分。",
])
def test_a_light_named_in_the_sentence_makes_a_moved_fen_the_score(text: str) -> None:
    # (found28: as sealed20's `各增加 1 分` after a light, no 分數 named in its sentence)
    assert {f[1:] for f in _facts(text) if f[3] == "分"} == {("index", 1, "分")}


def test_a_moved_fen_without_a_light_stays_unread() -> None:
    assert not [f for f in _facts("比赛还剩5分钟，减少1分。") if f[3] == "分"]
