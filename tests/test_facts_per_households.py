"""Durables per hundred households, as communiqués count them: `每百户家庭拥有家用汽车48.2辆` is 48.2 辆/百户
(a rate, so a decimal count is no section number), as `每千人口执业医师3.2人` is 人/千人口.  Read without
the rule the figure was dropped.  Sentences written for the rule."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    ("年末每百户居民家庭拥有家用汽车48.2辆。", "48.2辆", 48.2, "辆/百户"),
    ("每百户城镇居民家庭拥有计算机75.5台。", "75.5台", 75.5, "台/百户"),
    ("农村居民每百户拥有空调156.4台。", "156.4台", 156.4, "台/百户"),
    ("每百戶家庭擁有家用汽車48.2輛。", "48.2輛", 48.2, "辆/百户"),
])
def test_durables_per_hundred_households(text: str, surface: str, value: float, unit: str) -> None:
    found = [f for f in extract(text) if f["surface"] == surface]
    assert len(found) == 1, [f["surface"] for f in extract(text)]
    assert (found[0]["kind"], found[0]["value"], found[0]["unit"]) == ("count", value, unit)


def test_a_payment_per_household_keeps_its_unit() -> None:
    assert [f["unit"] for f in extract("每户补贴500元。")] == ["元/户"]
