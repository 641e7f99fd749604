"""Fuel and gold prices in Taiwan's and Hong Kong's press: `每公升29.8元` is 元/公升 (升 inside 公升 is
no rise), `每桶上漲一‧二美元` 1.2 美元/桶 (a middle-dot decimal before a currency), `每英兩一千二百美元`
1200 美元/英两 (英兩 is the troy ounce, not 2), and `九十五無鉛汽油`, `95号汽油` name a grade, no count."""

from __future__ import annotations

import pytest

from store.facts import extract


def got(text: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text)}


@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    ("無鉛汽油每公升29.8元。", "29.8元", 29.8, "元/公升"),
    ("九十五無鉛汽油每公升二十九‧八元。", "二十九‧八元", 29.8, "元/公升"),
    ("布蘭特原油每桶上漲一‧二美元。", "一‧二美元", 1.2, "美元/桶"),
    ("金價每英兩一千二百美元。", "一千二百美元", 1200, "美元/英两"),
])
def test_a_fuel_or_gold_price_keeps_value_and_denominator(text: str, surface: str, value: float, unit: str) -> None:
    f = got(text)[surface]
    assert (f["value"], f["unit"]) == (value, unit)


def test_a_price_per_litre_is_no_rise() -> None:
    assert got("無鉛汽油每公升29.8元。")["29.8元"]["change"] is None


@pytest.mark.parametrize("text", ["九十五無鉛汽油每公升二十九‧八元。", "95号汽油每升上调0.2元。", "92號無鉛汽油調漲0.2元。"])
def test_a_petrol_grade_is_no_count(text: str) -> None:
    assert not [f for f in extract(text) if f["kind"] == "count"]
