"""Labels that a list or a slogan hides (the sealed4 sample's traps, as rules): a list of bond
tenors ending in 期 is tenors throughout, as a lone `10年期` is; the two centenary goals and
`第一个五年` name stages of a plan, no count.  Sentences written for the rule."""

from __future__ import annotations

import pytest

from store.facts import extract


def surfaces(text: str) -> list[str]:
    return [f["surface"] for f in extract(text, date="2025-08-27")]


@pytest.mark.parametrize("text", [
    "財政部今日在香港招標增發的2年、3年、5年和15年期人民幣國債，最低接納價均高於市價。",
    "財政部下周三在香港發行人民幣國債,包括2年、3年及5年期。",
    "财政部本次发行的3年、5年和10年期国债均获超额认购。",
    "3个月、6个月及1年期Shibor分别报1.55%、1.62%和1.70%。",
    "本期7天、14天和28天期逆回购均已到期。",
])
def test_every_item_of_a_tenor_list_is_a_tenor_not_a_duration(text: str) -> None:
    got = extract(text, date="2025-08-27")
    assert not [f for f in got if f["kind"] == "duration"], [f["surface"] for f in got]


def test_the_figures_around_a_tenor_list_are_still_read() -> None:
    text = "國家財政部下星期三在香港發行的90億元人民幣國債,包括2年、3年及5年期,各佔30億元。"
    assert surfaces(text) == ["90億元人民幣", "30億元"]


@pytest.mark.parametrize(("text", "kept"), [
    ("2年、3年内累计增长20%", "2年"),          # a span of years, no tenor after the list
    ("十四五期间，2023年、2024年和2025年期间经济平稳", "2023年"),   # years, not tenors
])
def test_durations_and_years_without_a_closing_tenor_stay(text: str, kept: str) -> None:
    assert kept in surfaces(text)


@pytest.mark.parametrize("text", [
    "实现第一个百年奋斗目标之后,向第二个百年奋斗目标进军。",
    "實現第一個百年奮鬥目標，向第二個百年奮鬥目標進軍。",
    "这是开启全面建设社会主义现代化国家新征程的第一个五年。",
    "“十五五”时期是基本实现现代化夯实基础的第二个五年。",
])
def test_the_centenary_goals_and_a_plans_five_years_are_no_figures(text: str) -> None:
    assert surfaces(text) == []


def test_a_real_count_of_years_or_of_plans_is_still_read() -> None:
    assert "五年" in surfaces("过去五年，全省生产总值年均增长6.5%。")
    assert "十三个" in surfaces("我国已连续编制实施了十三个五年计划或规划。")
