"""The year's numbered typhoon is a rank in 号 (tests/gold/README.md, sealed7: `今年第1号台风` is rank 1 号, period the year).

Typhoons are numbered in the order they form each year, in either script (`第4號颱風`); other
numbers in 号 (`第2758号决议`, a document's number) stay labels.

Every sentence is written for the test (never copied from a corpus).
"""

from __future__ import annotations

import pytest

from store.facts import extract

TYPHOONS = [
    ("今年第1号台风“蝴蝶”已在海南登陆。", "第1号", 1),
    ("今年第4號颱風「丹娜絲」持續增強。", "第4號", 4),
    ("气象台预计今年第12号台风将于明天凌晨登陆。", "第12号", 12),
]


@pytest.mark.parametrize(("text", "surface", "value"), TYPHOONS)
def test_a_numbered_typhoon_is_a_rank(text: str, surface: str, value: int) -> None:
    got = [(f["surface"], f["kind"], f["value"], f["unit"]) for f in extract(text, date="2025-06-13") if f["kind"] == "rank"]
    assert got == [(surface, "rank", value, "号")]   # the unit in simplified script, as 個百分點 → 个百分点


def test_a_resolution_number_stays_a_label() -> None:
    assert extract("会议重申联合国大会第2758号决议。", date="2025-06-13") == []


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("受持续强降雨影响，淮河形成2024年第1号洪水。", "第1号", 1),
    ("江西赣江形成今年第2号洪水，沿江群众已转移。", "第2号", 2),
])
def test_a_rivers_numbered_flood_is_a_rank(text: str, surface: str, value: int) -> None:
    """Floods are numbered by river basin each year, as typhoons are (`2024年第1号洪水`: sealed23 labels rank 1 号)."""
    got = [(f["surface"], f["kind"], f["value"], f["unit"]) for f in extract(text, date="2024-07-13") if f["kind"] == "rank"]
    assert got == [(surface, "rank", value, "号")]
