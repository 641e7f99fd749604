"""The number reader: Arabic, full-width, Chinese and mixed numerals."""

from __future__ import annotations

import pytest

from store.facts.numbers import NUMBER_RE, normalize, parse_number, read_number

CASES = [
    ("159", 159), ("1,434,321", 1434321), ("９７．８１", 97.81), ("3.5万亿", 3.5e12),
    ("6.3万", 63000), ("17.8亿", 1.78e9), ("二十", 20), ("三千五百万", 35_000_000),
    ("两", 2), ("十五", 15), ("一百零一万一千", 1_011_000), ("四千零五万", 40_050_000),
    ("四亿五千六百四十二万零一十五", 456_420_015), ("一万五千亿", 1.5e12), ("二十一万亿", 21e12),
    ("五亿零六", 500_000_006), ("一万五", 15000), ("六百三", 630), ("壹佰貳拾萬", 1_200_000),
    ("肆佰陸拾", 460), ("十五点七", 15.7), ("零点五", 0.5), ("负五万点二四五", -50000.245),
    ("二十点一万", 201000), ("六点四二万", 64200), ("1,100.9亿", 110_090_000_000),
    ("-10.1万", -101000), ("百万", 1_000_000), ("万亿", 1e12), ("千亿", 1e11),
    ("二〇二四", 2024), ("一億零一萬一千一百零五", 100_011_105),
]


@pytest.mark.parametrize(("text", "value"), CASES)
def test_reads_numeral_value(text: str, value: float) -> None:
    m = NUMBER_RE.fullmatch(normalize(text))
    assert m, text
    p = parse_number(m.group(0))
    assert p is not None
    assert p.value == pytest.approx(value, rel=1e-12)


@pytest.mark.parametrize(("text", "value", "approx"), [
    ("十几万", 100000, "几"), ("500余万", 5_000_000, "余"), ("一千多万", 10_000_000, "多"),
    ("三千四百五十几万", 34_500_000, "几"),
])
def test_approximate_numerals_give_lower_bound_and_marker(text: str, value: int, approx: str) -> None:
    p = parse_number(NUMBER_RE.fullmatch(text).group(0))  # type: ignore[union-attr]
    assert p is not None and p.value == value and p.approx == approx


@pytest.mark.parametrize(("text", "low", "high"), [
    ("三四万", 30000, 40000), ("八九亿", 8e8, 9e8), ("五六十", 50, 60), ("三五千", 3000, 5000),
])
def test_adjacent_digits_read_as_range(text: str, low: float, high: float) -> None:
    p = parse_number(text)
    assert p is not None and p.value == low and p.value_high == high


@pytest.mark.parametrize("text", ["十五五", "十四五", "一二三", "十百"])
def test_malformed_numerals_are_rejected(text: str) -> None:
    p = parse_number(text)
    assert p is None or p.form == "digits"


def test_normalize_keeps_length_and_maps_full_width() -> None:
    s = "增长９７．８１％，共１２３家"
    n = normalize(s)
    assert len(n) == len(s)
    assert "97.81%" in n
    assert "，" in n                     # the clause comma stays


def test_read_number_convenience() -> None:
    assert read_number("合同金额超千亿元") == 1e11
    assert read_number("没有数字") is None


@pytest.mark.parametrize("text", ["三千五百万", "四亿五千六百四十二万零一十五", "一百零四万", "壹拾万零叁仟肆佰伍拾叁"])
def test_agrees_with_cn2an(text: str) -> None:
    cn2an = pytest.importorskip("cn2an")
    assert parse_number(text).value == cn2an.cn2an(text, "smart")  # type: ignore[union-attr]
