"""Specifications for numeral forms the peer projects' suites test (tests/fixtures/peer_quantities.jsonl):
discounts in 折, tenths after a Chinese decimal, 万万, a 两 after a place, numerals typeset with
spaces, 百分 without 之, 负的百分之, and financial numerals before 千分之."""

from __future__ import annotations

import pytest

from store.facts import extract


def _read(text: str) -> list[tuple[str, float, object, str]]:
    return [(f["surface"], f["value"], f.get("value_high"), f["kind"]) for f in extract(text)]


@pytest.mark.parametrize("text, surface, value", [
    ("实行首道门票五折优惠", "五折", 50),          # a price at a discount is a percent of the list price
    ("列车票价最低两折", "两折", 20),
    ("相当于打了9.5折", "9.5折", 95),
    ("给予购书者七五折优惠", "七五折", 75),        # two digits name the share as written
    ("全场75折", "75折", 75),
    ("三點一折", "三點一折", 31),
])
def test_a_discount_in_zhe_is_a_percent_of_the_price(text: str, surface: str, value: float) -> None:
    assert (surface, value, None, "percent") in _read(text)


@pytest.mark.parametrize("text", ["七折八扣", "三折叠屏手机", "资产折合3亿元", "十折", "百折不挠"])
def test_zhe_starting_a_word_or_a_saying_is_no_discount(text: str) -> None:
    assert all(f[3] != "percent" for f in _read(text))


def test_tenths_follow_a_chinese_decimal() -> None:
    assert ("八点五成", 85, None, "percent") in _read("九成,五成,八点五成")


@pytest.mark.parametrize("text, value", [("四万万同胞", 4e8), ("10萬萬", 1e9), ("3千万亿日元", 3e15)])
def test_stacked_magnitudes_multiply(text: str, value: float) -> None:
    assert any(v == value for _, v, _, _ in _read(text))


def test_wanwan_as_an_adverb_is_no_number() -> None:
    assert _read("万万没想到") == [] and _read("万万") == []


# (the tael after it is the unit: test_facts_peer_forms)
@pytest.mark.parametrize("text, surface, value", [("三千两百两", "三千两百两", 3200), ("十万两岸同胞", "十万", 1e5)])
def test_a_liang_after_a_place_is_not_its_last_digit(text: str, surface: str, value: float) -> None:
    assert [(s, v) for s, v, _, _ in _read(text)] == [(surface, value)]


def test_a_liang_before_a_place_is_still_two() -> None:
    assert ("一万两千三百人", 12300, None, "count") in _read("一万两千三百人")


@pytest.mark.parametrize("text, value", [
    ("一百 五 十 二", 152), ("三千 八百 九十六 万 四千 九百 六十五", 38964965), ("十 余 萬", 1e5),
    ("四百 点 五", 400.5), ("二十 億", 2e9), ("百分之一 點五", 1.5), ("四点 五个百分点", 4.5),
])
def test_a_numeral_typeset_with_spaces_is_one_number(text: str, value: float) -> None:
    found = _read(text)
    assert [(s, v) for s, v, _, _ in found] == [(text, value)]


@pytest.mark.parametrize("text", ["一 二 三", "9862万 多重疫情"])
def test_spaces_between_bare_digits_or_before_a_word_do_not_join(text: str) -> None:
    assert all(s != text for s, _, _, _ in _read(text))


def test_baifen_without_zhi_is_a_percent_but_baifenbai_stays_a_slogan() -> None:
    assert ("百分三十", 30, None, "percent") in _read("百分三十")
    assert _read("实现百分百覆盖") == []


def test_fu_de_before_a_percent_word_is_a_sign() -> None:
    assert ("负的百分之二十", -20, None, "percent") in _read("有负的百分之二十的胜利可能性")


def test_a_financial_numeral_before_qianfenzhi_is_a_denominator() -> None:
    assert [(s, v) for s, v, _, _ in _read("3又壹千分之23")] == [("3又壹千分之23", 3.023)]


@pytest.mark.parametrize("text, unit", [
    ("37攝氏度", "摄氏度"), ("70華氏度", "华氏度"), ("70°F", "°F"), ("37摄氏°", "摄氏°"),
    ("三公裏", "公里"), ("一英裏", "英里"), ("4英吋", "英吋"), ("四吋", "吋"), ("8呎", "呎"),
])
def test_temperature_and_distance_units_of_hong_kong_and_taiwan_are_read(text: str, unit: str) -> None:
    assert [(f["surface"], f["unit"]) for f in extract(text)] == [(text, unit)]


def test_li_inside_a_word_stays_a_word() -> None:
    assert extract("他在裏面") == [] and extract("中華人民共和國") == []


def test_a_bare_degree_sign_is_no_temperature() -> None:
    assert extract("在北纬53°的北极哨所") == []
