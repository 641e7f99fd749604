"""The number reader: Arabic, full-width, traditional, Chinese and mixed numerals, read exactly."""

from __future__ import annotations

from decimal import Decimal

import pytest

from store.facts.numbers import (
    NUMBER_RE,
    divide,
    exact,
    normalize,
    parse_number,
    read_number,
)

# written value -> the exact value it stands for (a decimal string: never a float)
CASES = [
    ("159", "159"), ("1,434,321", "1434321"), ("９７．８１", "97.81"), ("3.5万亿", "3500000000000"),
    ("6.3万", "63000"), ("17.8亿", "1780000000"), ("二十", "20"), ("三千五百万", "35000000"),
    ("两", "2"), ("十五", "15"), ("一百零一万一千", "1011000"), ("四千零五万", "40050000"),
    ("四亿五千六百四十二万零一十五", "456420015"), ("一万五千亿", "1500000000000"), ("二十一万亿", "21000000000000"),
    ("五亿零六", "500000006"), ("一万五", "15000"), ("六百三", "630"), ("壹佰貳拾萬", "1200000"),
    ("肆佰陸拾", "460"), ("十五点七", "15.7"), ("零点五", "0.5"), ("负五万点二四五", "-50000.245"),
    ("二十点一万", "201000"), ("六点四二万", "64200"), ("1,100.9亿", "110090000000"),
    ("-10.1万", "-101000"), ("百万", "1000000"), ("万亿", "1000000000000"), ("千亿", "100000000000"),
    ("二〇二四", "2024"), ("一億零一萬一千一百零五", "100011105"),
    # 廿 = 20, 卅 = 30, 卌 = 40
    ("廿七", "27"), ("卅", "30"), ("廿", "20"), ("卌五", "45"),
    # no float drift: 0.1 + 0.2 style sums and long figures keep every digit
    ("0.3", "0.3"), ("1.0000000000000000001", "1.0000000000000000001"),
    ("1000000000000000000000000000001", "1000000000000000000000000000001"),
    ("123456789012345678901234567890.5万", "1234567890123456789012345678905000"),
]


@pytest.mark.parametrize(("text", "value"), CASES)
def test_reads_numeral_value_exactly(text: str, value: str) -> None:
    m = NUMBER_RE.fullmatch(normalize(text))
    assert m, text
    p = parse_number(m.group(0))
    assert p is not None
    assert p.value == Decimal(value)


@pytest.mark.parametrize(("text", "value", "approx"), [
    ("十几万", 100000, "几"), ("500余万", 5_000_000, "余"), ("一千多万", 10_000_000, "多"),
    ("三千四百五十几万", 34_500_000, "几"),
])
def test_approximate_numerals_give_lower_bound_and_marker(text: str, value: int, approx: str) -> None:
    p = parse_number(NUMBER_RE.fullmatch(text).group(0))  # type: ignore[union-attr]
    assert p is not None and p.value == value and p.approx == approx


@pytest.mark.parametrize(("text", "low", "high"), [
    ("三四万", 30000, 40000), ("八九亿", 800_000_000, 900_000_000), ("五六十", 50, 60), ("三五千", 3000, 5000),
])
def test_adjacent_digits_read_as_range(text: str, low: int, high: int) -> None:
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


@pytest.mark.parametrize(("text", "simplified"), [
    ("萬億", "万亿"), ("億", "亿"), ("個百分點", "个百分点"), ("小時", "小时"), ("分鐘", "分钟"),
    ("增長", "增长"), ("收縮", "收缩"), ("負13.2%", "负13.2%"), ("−3.07", "-3.07"), ("－3.07", "-3.07"),
])
def test_normalize_reads_traditional_characters_and_minus_signs(text: str, simplified: str) -> None:
    assert normalize(text) == simplified


@pytest.mark.parametrize(("text", "value"), [
    ("168.66 亿", "16866000000"), ("3 万", "30000"),
])
def test_a_magnitude_one_space_after_arabic_digits_belongs_to_the_number(text: str, value: str) -> None:
    m = NUMBER_RE.fullmatch(text)
    assert m is not None and parse_number(m.group(0)).value == Decimal(value)  # type: ignore[union-attr]


def test_read_number_convenience() -> None:
    assert read_number("合同金额超千亿元") == 100_000_000_000
    assert read_number("没有数字") is None


@pytest.mark.parametrize(("text", "value"), [
    ("一百零四万", 1040000), ("壹拾万零叁仟肆佰伍拾叁", 103453),
    # spoken forms that leave out a one or a zero: 一百十五 is 一百一十五, 一千十 is 一千零一十
    ("一百十五", 115), ("三百十万", 3100000), ("一千十", 1010), ("一百十五亿", 11500000000),
])
def test_reads_spoken_numerals_that_leave_out_a_one_or_a_zero(text: str, value: int) -> None:
    assert parse_number(text).value == value  # type: ignore[union-attr]


@pytest.mark.parametrize("text", ["十五六", "八百千", "十六五"])
def test_digit_runs_with_no_place_between_them_are_no_numeral(text: str) -> None:
    assert parse_number(text) is None


# --- exact values for the record ---------------------------------------------------------------

@pytest.mark.parametrize(("value", "out", "text"), [
    (Decimal("870000000.0"), 870000000, "870000000"),
    (Decimal("6.39").scaleb(-1), 0.639, "0.639"),
    (Decimal("-3.07E+8"), -307000000, "-307000000"),
    (Decimal("0.41"), 0.41, "0.41"),
    (Decimal("-0"), 0, "0"),
    (Decimal(1000000000000000000000000000001), 1000000000000000000000000000001, "1000000000000000000000000000001"),
])
def test_exact_gives_ints_for_whole_values_and_the_decimal_text(value: Decimal, out: object, text: str) -> None:
    got, got_text = exact(value)
    assert got == out and type(got) is type(out)
    assert got_text == text


def test_exact_never_raises_on_numbers_too_long_for_python() -> None:
    long_int = Decimal("9" * 10_000)
    value, text = exact(long_int)
    assert text == "9" * 10_000
    assert value is None                 # longer than Python prints an int: the text holds it
    huge_fraction = Decimal("9" * 400 + ".5")
    value, text = exact(huge_fraction)
    assert value is None and text == "9" * 400 + ".5"
    value, text = exact(Decimal("1" * 309))
    assert value == int("1" * 309) and text == "1" * 309


def test_divide_is_exact_when_it_terminates_and_rounds_when_it_does_not() -> None:
    assert divide(2, 500) == Decimal("0.004")
    assert divide(Decimal("2.5"), 1) == Decimal("2.5")
    assert str(divide(1, 3)) == "0.333333333333"


def test_ten_thousand_digit_number_parses() -> None:
    p = parse_number("7" * 10_000)
    assert p is not None and exact(p.value)[1] == "7" * 10_000
