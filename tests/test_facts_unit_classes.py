"""Figure and unit classes the fresh gold sample showed: a spoken 亿 after Arabic digits,
a compound unit's denominator, prices per troy ounce."""

from __future__ import annotations

import pytest

from store.facts import extract


def fact(text: str, surface: str) -> dict:
    found = [f for f in extract(text, date="2024-08-15") if f["surface"] == surface]
    assert len(found) == 1, [f["surface"] for f in extract(text, date="2024-08-15")]
    return found[0]


def test_a_spoken_yi_after_arabic_digits_multiplies() -> None:
    assert fact("做到了2个亿的月销量。", "2个亿")["value"] == 200_000_000


def test_a_count_before_wan_mu_is_no_spoken_wan() -> None:
    assert fact("全省建成10个万亩基地。", "10个")["value"] == 10


def test_a_compound_unit_keeps_its_denominator() -> None:
    f = fact("细颗粒物浓度下降1.8微克/立方米。", "1.8微克/立方米")
    assert (f["unit"], f["per"]) == ("微克/立方米", "立方米")


@pytest.mark.parametrize("text", ["现货金价报每英两3348.26美元。", "現貨金價報每英兩3348.26美元。"])
def test_a_price_per_troy_ounce_keeps_its_denominator(text: str) -> None:
    f = fact(text, "3348.26美元")
    assert f["unit"].startswith("美元/英") and f["per"] in ("英两", "英兩")
