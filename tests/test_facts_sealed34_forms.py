"""Forms a fresh sample (sealed34) showed misread, each as its class (sentences written for the tests).

- **Units:** a denominator written after a slash with 每 (`5,500美元/每盎司`, `3000元/每吨`) is the same denominator as
  after the slash alone (was the currency alone); a coal-equivalent compound in its short form (`10.62千克标煤/吨`,
  `0.5公斤标煤/千瓦时`) is one unit, as 千克标准煤 already was (was 千克, the rest of the unit lost).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str = "2025-11-13") -> list[dict]:
    return [f for f in extract(text, date=date) if f["kind"] not in ("date", "year")]


def _one(text: str, surface: str, date: str = "2025-11-13") -> dict:
    return next(f for f in _facts(text, date) if f["surface"].startswith(surface))


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("国际金价有望升至5,500美元/每盎司。", "5,500美元", "美元/盎司"),
    ("当地玉米收购价约为3000元/每吨左右。", "3000元", "元/吨"),
    ("景区门票调整为120元/每人。", "120元", "元/人"),
])
def test_a_denominator_after_a_slash_with_every(text: str, surface: str, unit: str) -> None:
    f = _one(text, surface)
    assert f["unit"] == unit
    assert f["per"] == unit.split("/", 1)[1]


@pytest.mark.parametrize(("text", "surface", "unit", "value"), [
    ("该厂吨钢综合能耗降至10.62千克标煤/吨。", "10.62千克标煤", "千克标煤/吨", 10.62),
    ("供电煤耗为0.5公斤标煤/千瓦时。", "0.5公斤标煤", "公斤标煤/千瓦时", 0.5),
    ("全年节约能源12.5万吨标煤。", "12.5万吨标煤", "吨标煤", 125000),
])
def test_a_coal_equivalent_in_its_short_form_is_one_unit(text: str, surface: str, unit: str, value: float) -> None:
    f = _one(text, surface)
    assert f["unit"] == unit
    assert f["value"] == value
