"""Rates set by a central bank or a formula (tests/gold/README.md: the subject is the measured
indicator): a level set by 提高/降低 is the level of the rate raised, not the actor's
(`美联储宣布同步提高准备金利率至3.9%` → 准备金利率); a spread over a reference rate
(`…目标区间的下限加50基点`) is the spread of the rate the sentence sets (基本利率), or has none."""

from __future__ import annotations

import pytest

from store.facts import extract


def subject(text: str, surface: str) -> str | None:
    return next(f["subject"] for f in extract(text, date="2025-09-19") if f["surface"] == surface)


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("美联储宣布同步提高准备金利率至3.9%。", "3.9%", "准备金利率"),
    ("欧洲央行宣布同步提高存款便利利率至2%。", "2%", "存款便利利率"),
    ("日本央行宣佈提高政策利率至0.5%。", "0.5%", "政策利率"),
    ("央行决定降低存款准备金率至6.2%。", "6.2%", "存款准备金率"),
    ("美国提高进口钢铝关税至50%。", "50%", "进口钢铝关税"),
])
def test_a_level_set_by_raising_is_the_raised_rates(text: str, surface: str, expected: str) -> None:
    assert subject(text, surface) == expected


def test_a_figure_that_only_carried_the_actors_phrase_has_none() -> None:
    text = "美联储宣布同步提高准备金利率至3.9%,并且,分别提高隔夜回购协议和隔夜逆回购协议利率两者至4%和3.8%。"
    facts = [f for f in extract(text, date="2025-09-19") if f["surface"] == "4%"]
    assert facts and "宣布" not in (facts[0]["subject"] or "")


@pytest.mark.parametrize(("text", "expected"), [
    ("金管局表示,基本利率的设定参考两个数据,即当前美国联邦基金利率目标区间的下限加50基点,或隔夜拆息的平均值。", "基本利率"),
    ("基本利率是计算贴现率的基础利率,目前定于美国联邦基金利率目标区间下限加50基点,以较高者为准。", "基本利率"),
    ("基本利率按現行公式定於美國聯邦基金利率目標區間下限加50基點。", "基本利率"),
    ("金管局表示,当前的美国联邦基金利率目标区间的下限加50基点是5.25%。", None),
])
def test_a_spread_over_a_reference_is_the_set_rates(text: str, expected: str | None) -> None:
    f = next(f for f in extract(text, date="2025-09-19") if f["kind"] == "points")
    assert f["subject"] == expected
