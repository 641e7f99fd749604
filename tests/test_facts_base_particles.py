"""A base never ends in an adverb it ran into (store/facts/base_tidy.py): `與今年最初預算則多了…` → 今年最初預算,
`較上年同月僅漲0.48%` → 上年同月."""

from __future__ import annotations

import pytest

from store.facts import extract


def bases(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["base"] for f in extract(text)}


@pytest.mark.parametrize(("text", "surface", "base"), [
    ("該金額較今年經調整預算減少十萬元,但與今年最初預算則多了六十萬元。", "六十萬元", "今年最初預算"),
    ("成衣類價格較上年同月僅漲0.48%。", "0.48%", "上年同月"),
    ("出口較去年同期則減少3.2%。", "3.2%", "去年同期"),
])
def test_a_base_drops_the_adverb_after_it(text: str, surface: str, base: str) -> None:
    assert bases(text)[surface] == base
