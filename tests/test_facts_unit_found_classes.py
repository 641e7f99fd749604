"""Figures the gold samples showed missing (tests/gold/README.md): a year naming an event's
edition without 年, turnover ratios counted in turns, a bare value after 倍数, and moves in a
ranking counted in places (上升3级)."""

from __future__ import annotations

import pytest

from store.facts import extract


def facts(text: str, date: str | None = "2024-08-15") -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "surface", "year"), [
    ("代表们出席了2024世界智能产业博览会开幕式。", "2024", 2024),
    ("商务部印发2025“暖冬消费”活动方案。", "2025", 2025),
])
def test_a_year_naming_an_events_edition_is_a_year(text: str, surface: str, year: int) -> None:
    f = facts(text)[surface]
    assert (f["kind"], f["value"], f["period"]) == ("year", year, str(year))


@pytest.mark.parametrize(("text", "surface", "kind"), [
    ("全市共有2024家企业参展。", "2024家", "count"),
    ("现场2000多人参与。", "2000多人", "count"),
])
def test_a_number_before_a_measure_word_stays_a_count(text: str, surface: str, kind: str) -> None:
    assert facts(text)[surface]["kind"] == kind


def test_a_turnover_ratio_counted_in_turns_is_an_index() -> None:
    got = facts("应收账款周转率3.45次，同比下降0.2次；存货周转次数为8.1次。")
    assert (got["3.45次"]["kind"], got["3.45次"]["value"], got["3.45次"]["unit"]) == ("index", 3.45, "次")
    assert got["8.1次"]["kind"] == "index"


def test_a_bare_value_after_a_multiple_is_an_index() -> None:
    got = facts("该期债券认购倍数为2.95，倍数预期3.1;")
    assert (got["2.95"]["kind"], got["3.1"]["kind"]) == ("index", "index")


def test_a_move_in_a_ranking_is_counted_in_places_with_its_direction() -> None:
    got = facts("该市排名由去年的第八上升2级至第6，另一城市下跌一级。", "2024-06-01")
    assert (got["2级"]["kind"], got["2级"]["value"], got["2级"]["change"]) == ("rank", 2, "up")
    assert (got["一级"]["value"], got["一级"]["change"]) == (1, "down")
    assert (got["2级"]["period"], got["第6"]["period"], got["第八"]["period"]) == ("2024", "2024", "2023")


def test_a_response_level_is_no_ranking() -> None:
    assert not [f for f in extract("该省启动防汛四级应急响应。", date="2024-08-15") if f["unit"] == "级"]
