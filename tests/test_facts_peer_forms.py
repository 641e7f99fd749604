"""Specifications for quantity forms the peer projects' suites test (tests/fixtures/peer_quantities.jsonl)
that the numeral specs (test_facts_peer_numerals.py) do not cover: volume units (L, cc, 加仑),
milliseconds, a Latin unit one space after its number, and bounds written as comparisons
(大于/小于/不大于/不小于, 或以上/或者更多)."""

from __future__ import annotations

import pytest

from store.facts import extract


def _read(text: str) -> list[tuple[str, float, object, str | None, str]]:
    return [(f["surface"], f["value"], f.get("value_high"), f["unit"], f["kind"]) for f in extract(text)]


@pytest.mark.parametrize("text, surface, value, unit", [
    ("排量1.5L的发动机", "1.5L", 1.5, "L"),
    ("2-3L", "2-3L", 2, "L"),
    ("250cc的摩托车", "250cc", 250, "cc"),
    ("油箱容量为42加侖", "42加侖", 42, "加仑"),
    ("网络时延低至10ms", "10ms", 10, "ms"),
])
def test_volume_units_and_milliseconds_are_measures(text: str, surface: str, value: float, unit: str) -> None:
    assert any(f[0] == surface and f[1] == value and f[3] == unit for f in _read(text))


def test_a_model_number_before_l_is_no_volume() -> None:
    assert all(f[3] != "L" for f in _read("直-10、直-8L、直-20三种机型将带来飞行表演"))


@pytest.mark.parametrize("text, surface, unit", [("全长3 km的道路", "3 km", "km"), ("高9 m。", "9 m", "m")])
def test_a_latin_unit_one_space_after_the_number_is_its_unit(text: str, surface: str, unit: str) -> None:
    assert any(f[0] == surface and f[3] == unit for f in _read(text))


def test_a_latin_word_after_a_number_in_an_english_phrase_is_no_unit() -> None:
    assert _read("the 3 m people") == []


@pytest.mark.parametrize("text, value, qualifier", [
    ("这个数字大于二十", 20, "大于"),
    ("误差小于0.5", 0.5, "小于"),
    ("y不大于50", 50, "不大于"),
    ("大于等于一百", 100, "大于等于"),
])
def test_a_number_bounded_by_a_comparison_is_a_figure(text: str, value: float, qualifier: str) -> None:
    assert [(f["value"], f["qualifier"]) for f in extract(text)] == [(value, qualifier)]


@pytest.mark.parametrize("text, surface, qualifier", [
    ("日均气温在0℃或以下", "0℃或以下", "以下"),
    ("订购数目在五百或者更多", "五百或者更多", "以上"),
    ("连续158天或以上", "158天或以上", "以上"),
])
def test_a_bound_with_huo_is_the_bound(text: str, surface: str, qualifier: str) -> None:
    assert [(f["surface"], f["qualifier"]) for f in extract(text)] == [(surface, qualifier)]


@pytest.mark.parametrize("text, value, unit", [
    ("百 分 之2.4", 2.4, "%"), ("百  分 之 669", 669, "%"), ("二分 之一", 50, "%"), ("五 分之 壹", 20, "%"),
    ("三 百 五 又 三 分之 一", 350.333333333333, None), ("六   個 百 分點", 6, "个百分点"), ("２．４   个百分 点", 2.4, "个百分点"),
    ("陸 點 五 折", 65, "%"), ("六 点 五 成", 65, "%"), ("七成 六", 76, "%"), ("7 2 折", 72, "%"), ("十 成", 100, "%"),
    ("7 万5 千4 百", 75400, None), ("7萬 5千 4百", 75400, None), ("1000  万元", 10_000_000, "元"),
])
def test_a_quantity_word_typeset_with_spaces_reads_as_written_without(text: str, value: float, unit: str | None) -> None:
    found = _read(text)
    assert [(f[0], f[3]) for f in found] == [(text, unit)] and abs(found[0][1] - value) < 1e-6


@pytest.mark.parametrize("text", ["排名第3 成为冠军", "分 之 一", "打 折", "百 分 百"])
def test_a_space_between_words_joins_nothing(text: str) -> None:
    assert all(f[3] != "%" for f in _read(text))
