"""Commodity wrap-ups (tests/gold/README.md, conventions for oil): a price level takes the denominator the
sentence writes with 每 for that item (`每桶上漲1.52美元，為108.98美元`: both 美元/桶), a change without 每
keeps the bare currency.  Sentences written for the rule."""

from __future__ import annotations

import pytest

from store.facts import extract


def fact(text: str, surface: str) -> dict:
    found = [f for f in extract(text) if f["surface"] == surface]
    assert len(found) == 1, [f["surface"] for f in extract(text)]
    return found[0]


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("紐約原油期貨每桶上漲1.52美元，為108.98美元。", "108.98美元", "美元/桶"),
    ("美国WTI原油期货价格每桶上涨0.85美元，收于60.23美元。", "60.23美元", "美元/桶"),
    ("猪肉每公斤上涨0.5元，至每公斤18.5元。", "18.5元", "元/公斤"),
    # another item in the next clause keeps its own unit
    ("WTI每桶上涨0.85美元，收于60.23美元；布伦特原油期货价格收于64.11美元。", "64.11美元", "美元"),
])
def test_a_level_after_a_change_per_unit_takes_that_unit(text: str, surface: str, unit: str) -> None:
    assert fact(text, surface)["unit"] == unit
