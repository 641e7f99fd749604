"""A payment per a unit written before the figure keeps its denominator: `每亩补贴150元` → 元/亩,
`每小时收费1元` → 元/小时, `每平方米奖补180块钱`; Hong Kong's tael written 両 is a unit of weight like
两 (`每両4萬元` → 元/両).  And 对 before a pronoun is the preposition, not pairs (`２０３２对我们有所希望`
made a count of 2032 pairs), while `10对新人` counts pairs."""

from __future__ import annotations

import pytest

from store.facts import extract


def by_surface(text: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date="2025-12-29")}


@pytest.mark.parametrize(("text", "surface", "unit", "per"), [
    ("中央继续下达扩种油菜目标任务，每亩补贴150元。", "150元", "元/亩", "亩"),
    ("租车1小时内免费骑行，之后每小时收费1元。", "1元", "元/小时", "小时"),
    ("垃圾处理每吨收取20元。", "20元", "元/吨", "吨"),
    ("本港飾金賣出價去年9月升抵每両4萬元大位。", "4萬元", "元/両", "両"),
    ("本港飾金價每両約4.9萬元，買入價每両約3.9萬元。", "約3.9萬元", "元/両", "両"),
])
def test_a_payment_or_price_per_a_unit_before_it_keeps_the_denominator(text, surface, unit, per) -> None:
    f = by_surface(text)[surface]
    assert (f["unit"], f["per"]) == (unit, per)


def test_a_payment_without_a_unit_before_it_keeps_its_plain_unit() -> None:
    f = by_surface("政府补贴150元给每户家庭。")["150元"]
    assert (f["unit"], f["per"]) == ("元", None)


@pytest.mark.parametrize("text", ["是２０３２对我们有所希望。", "2030对此有所期待。"])
def test_dui_before_a_pronoun_is_no_pair(text: str) -> None:
    assert not any(f["unit"] == "对" for f in extract(text))


def test_pairs_still_count() -> None:
    assert by_surface("集体婚礼上10对新人喜结连理。")["10对"]["unit"] == "对"
