"""A 多/余/几 between two magnitudes after Arabic digits keeps both: `2万多亿元`
is more than 2万亿元 (2×10^12, qualifier 多), as `两万多亿元` in Chinese numerals
already was — the second magnitude was dropped, so a profit of over two
trillion yuan read as 2万元, a hundred million times too small."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    ("全国规模以上工业企业实现利润总额2万多亿元。", "2万多亿元", 2 * 10**12, "元"),
    ("我国外汇储备规模保持在3万多亿美元。", "3万多亿美元", 3 * 10**12, "美元"),
    ("全年完成投资2万余亿元。", "2万余亿元", 2 * 10**12, "元"),
    ("该集团营业收入1千多亿元。", "1千多亿元", 10**11, "元"),
    ("城镇新增就业2千多万人。", "2千多万人", 2 * 10**7, "人"),
])
def test_a_mark_between_two_magnitudes_keeps_both(text: str, surface: str, value: int, unit: str) -> None:
    f = next(f for f in extract(text) if f["surface"] == surface)
    assert (f["value"], f["unit"], f["qualifier"]) == (value, unit, "余" if "余" in surface else "多")


@pytest.mark.parametrize("text", ["营收2万元，多亿元未到账。", "营收达100多亿元。"])
def test_a_mark_after_one_magnitude_is_unchanged(text: str) -> None:
    got = [(f["surface"], f["value"]) for f in extract(text) if f["kind"] == "money"]
    assert got == ([("2万元", 20000)] if "2万元" in text else [("100多亿元", 10**10)])
