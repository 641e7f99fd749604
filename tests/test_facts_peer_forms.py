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


@pytest.mark.parametrize("text, surface, value, unit", [
    ("人民幣3.14", "人民幣3.14", 3.14, "元"), ("港幣3.14", "港幣3.14", 3.14, "港元"),
    ("营收人民币 3.14亿", "人民币 3.14亿", 314_000_000, "元"), ("美金500", "美金500", 500, "美元"),
])
def test_a_currency_named_before_a_sum_without_unit_is_its_unit(text: str, surface: str, value: float, unit: str) -> None:
    assert (surface, value, None, unit, "money") in _read(text)


def test_a_currency_named_before_a_sum_with_its_unit_leaves_the_surface() -> None:
    assert _read("人民币100元") == [("100元", 100, None, "元", "money")]


@pytest.mark.parametrize("text, value, unit", [("摄氏37°", 37, "摄氏度"), ("華氏70°", 70, "华氏度"), ("气温降至摄氏-5°", -5, "摄氏度")])
def test_a_scale_named_before_the_number_makes_the_degree_sign_a_temperature(text: str, value: float, unit: str) -> None:
    assert [(f[1], f[3]) for f in _read(text)] == [(value, unit)]


@pytest.mark.parametrize("text", ["北纬53°", "45°"])
def test_a_degree_sign_without_a_scale_stays_unread(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize("text, surface, value", [
    ("-1/3", "-1/3", -33.3333333333), ("负1/3", "负1/3", -33.3333333333), ("(-1/5)", "-1/5", -20), ("-百分之1", "-百分之1", -1),
])
def test_a_sign_before_a_share_makes_it_negative(text: str, surface: str, value: float) -> None:
    assert [(f[0], round(f[1], 6)) for f in _read(text)] == [(surface, round(value, 6))]


@pytest.mark.parametrize("text", ["2023-1/3", "A-1/2"])
def test_a_dash_after_a_word_or_number_signs_no_share(text: str) -> None:
    assert all(f[1] >= 0 for f in _read(text))


def test_a_whole_before_a_slash_fraction_makes_a_mixed_number() -> None:
    assert _read("1又1/5") == [("1又1/5", 1.2, None, None, "ratio")]


@pytest.mark.parametrize("text, surface, value", [
    ("二两", "二两", 2), ("三十两", "三十两", 30), ("1234两", "1234两", 1234), ("二两白酒", "二两", 2), ("一百两黄金", "一百两", 100),
])
def test_a_liang_after_a_number_is_the_tael(text: str, surface: str, value: float) -> None:
    assert (surface, value, None, "两", "quantity") in _read(text)


@pytest.mark.parametrize("text", ["三两个人", "十万两岸同胞", "两两相对", "每两黄金"])
def test_a_liang_before_another_word_is_no_tael(text: str) -> None:
    assert all(f[3] != "两" for f in _read(text))


@pytest.mark.parametrize("text, value", [("倆千两百贰拾二", 2222), ("俩千多人", 2000)])
def test_lia_before_a_place_is_two(text: str, value: float) -> None:
    assert [f[1] for f in _read(text)] == [value]


@pytest.mark.parametrize("text", ["他俩十年没见", "兄弟俩", "俩人"])
def test_lia_naming_a_pair_is_no_numeral(text: str) -> None:
    assert all(f[1] != 20 and f[1] != 2 for f in _read(text))


def test_a_price_halved_is_fifty_percent() -> None:
    assert _read("全场商品打對折出售") == [("對折", 50, None, "%", "percent")] and _read("把纸对折") == []


@pytest.mark.parametrize("text, surface, value", [
    ("价格十二块五,", "十二块五", 12.5), ("五块七毛八", "五块七毛八", 5.78), ("两块五毛钱", "两块五毛钱", 2.5), ("5块5", "5块5", 5.5),
])
def test_a_spoken_price_leaves_the_last_coin_unnamed(text: str, surface: str, value: float) -> None:
    assert [(f[0], f[1], f[4]) for f in _read(text)] == [(surface, value, "money")]


def test_a_digit_starting_a_word_after_kuai_is_no_coin() -> None:
    assert _read("三块五花肉") == [("三块", 3, None, "块", "count")]


def test_ascii_and_full_width_commas_mixed_group_one_number() -> None:
    assert _read("233,333，333,434.344元") == [("233,333，333,434.344元", 233333333434.344, None, "元", "money")]
