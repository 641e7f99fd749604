"""Numeral and unit forms that public number-reading test suites exercise and the reader
used to miss: each class in our own sentences (issue 10, peer suites).

A figure is checked by its surface, value and, where it matters, upper bound, unit and kind.
"""

from __future__ import annotations

import math

import pytest

from store.facts import extract


def _fact(text: str, surface: str) -> dict:
    """The fact whose surface is `surface` (a qualifier such as 约 or 不超过 may lead it)."""
    hits = [f for f in extract(text) if f["surface"] == surface or f["surface"].endswith(surface)]
    assert hits, f"no fact {surface!r} in {text!r}: {[f['surface'] for f in extract(text)]}"
    return hits[0]


def _close(a: object, b: float) -> bool:
    return a is not None and math.isclose(float(a), b, rel_tol=1e-9)  # type: ignore[arg-type]


# --- two neighbouring digits after a numeral: a range ------------------------------------------

@pytest.mark.parametrize(("text", "surface", "low", "high", "unit"), [
    ("去年接待游客约二十三四万人次", "二十三四万人次", 230_000, 240_000, "人次"),
    ("这批钢梁每根重十七八吨", "十七八吨", 17, 18, "吨"),
    ("报名的多是十五六岁的中学生", "十五六岁", 15, 16, "岁"),
    ("一台机组年发电一千二三百万千瓦时", "一千二三百万千瓦时", 12_000_000, 13_000_000, "千瓦时"),
    ("二手车均价在一万五六千元", "一万五六千元", 15_000, 16_000, "元"),
    ("这座桥长七百三四十米", "七百三四十米", 730, 740, "米"),
    ("每亩能增收一万六七", "一万六七", 16_000, 17_000, None),
    ("单次充电需要四十五六分钟", "四十五六分钟", 45, 46, "分钟"),
])
def test_neighbouring_digits_after_a_numeral_give_a_range(text, surface, low, high, unit) -> None:
    f = _fact(text, surface)
    assert (f["value"], f["value_high"], f["unit"]) == (low, high, unit)


@pytest.mark.parametrize(("text", "words"), [
    ("十四五规划提出的目标", "十四五"),            # a five-year plan
    ("十一二月是销售旺季", "十一二月"),            # months
    ("本月二十五六日将迎来降雨", "二十五六日"),      # days
    ("第十五六届运动会", "十五六"),                # ordinals
])
def test_neighbouring_digits_in_labels_months_and_ordinals_stay_unread(text, words) -> None:
    i = text.index(words)
    assert not [f for f in extract(text) if f["start"] < i + len(words) and f["end"] > i
                and f["value_high"] is not None]


# --- Arabic digits written with Chinese places -------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "value"), [
    ("每户补贴3万5千元", "3万5千元", 35_000),
    ("全省常住人口1亿2千6百万", "1亿2千6百万", 126_000_000),
    ("一年下来能省2千3百元", "2千3百元", 2_300),
    ("累计投入80万零5千元", "80万零5千元", 805_000),
])
def test_arabic_digits_with_chinese_places_read_as_one_number(text, surface, value) -> None:
    assert _fact(text, surface)["value"] == value


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("月薪2万一个月", "2万", 20_000),              # 2万 per month, not 21000
    ("项目总投资2亿3000万元", "2亿3000万元", 230_000_000),
])
def test_a_classifier_after_a_magnitude_is_not_a_digit_of_the_number(text, surface, value) -> None:
    assert _fact(text, surface)["value"] == value


# --- signs written in words or apart -----------------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "value"), [
    ("明晨最低气温零下7℃", "零下7℃", -7),
    ("山顶气温降到零下十五摄氏度", "零下十五摄氏度", -15),
    ("一季度增速为负 1.2%", "负 1.2%", -1.2),
])
def test_below_zero_and_a_spaced_minus_keep_the_sign(text, surface, value) -> None:
    assert _close(_fact(text, surface)["value"], value)


def test_a_negative_mixed_fraction_is_negative_as_a_whole() -> None:
    f = _fact("读数为负二又四分之一", "负二又四分之一")
    assert _close(f["value"], -2.25)


# --- ranges --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "low", "high"), [
    ("新能源车占比百分之二十到三十", "百分之二十到三十", 20, 30),
    ("利率上浮百分之五至百分之八", "百分之五至百分之八", 5, 8),
    ("损耗控制在千分之三到千分之五", "千分之三到千分之五", 0.3, 0.5),
])
def test_a_percent_word_range_is_one_percent_figure(text, surface, low, high) -> None:
    f = _fact(text, surface)
    assert (f["kind"], f["unit"]) == ("percent", "%")
    assert _close(f["value"], low) and _close(f["value_high"], high)


def test_a_thousand_before_a_unit_belongs_to_the_unit_at_both_ends_of_a_range() -> None:
    f = _fact("续航二十到一百一十五千米", "二十到一百一十五千米")
    assert (f["value"], f["value_high"], f["unit"]) == (20, 115, "千米")


def test_an_included_lower_end_joins_a_range_and_is_no_minus_sign() -> None:
    f = _fact("单笔5万元（含）-10万元的补助由区里审批", "5万元（含）-10万元")
    assert (f["value"], f["value_high"], f["kind"]) == (50_000, 100_000, "money")


def test_a_range_between_two_figures_joined_by_he() -> None:
    f = _fact("增速在15%和25%之间", "15%和25%之间")
    assert (f["value"], f["value_high"], f["kind"]) == (15, 25, "percent")


@pytest.mark.parametrize(("text", "surface", "low", "high", "unit"), [
    ("门票定价$20-30", "$20-30", 20, 30, "$"),
    ("机票涨到€40至60", "€40至60", 40, 60, "€"),
])
def test_a_currency_sign_covers_both_ends_of_a_range(text, surface, low, high, unit) -> None:
    f = _fact(text, surface)
    assert (f["value"], f["value_high"], f["unit"], f["kind"]) == (low, high, unit, "money")


# --- units ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "value", "unit", "kind"), [
    ("端到端时延低于8毫秒", "8毫秒", 8, "毫秒", "duration"),
    ("一份套餐热量约650千卡", "650千卡", 650, "千卡", "quantity"),
    ("单个报文不超过四千字节", "四千字节", 4, "千字节", "quantity"),
    ("汇率跌破1500奈拉兑1美元", "1500奈拉", 1500, "奈拉", "money"),
    ("签证费三千印度卢布", "三千印度卢布", 3000, "印度卢布", "money"),
    ("韩国一碗冷面卖₩12000", "₩12000", 12000, "₩/碗", "money"),   # one bowl is the price's denominator (units34)
])
def test_units_and_currencies_the_table_lacked(text, surface, value, unit, kind) -> None:
    f = _fact(text, surface)
    assert (f["value"], f["unit"], f["kind"]) == (value, unit, kind)


# --- a text that is only a number -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("三百零七", 307), ("负十二", -12), ("7.25", 7.25), ("-4500", -4500), ("叁佰", 300), ("30几", 30),
    ("十几", 10),
])
def test_a_text_that_is_only_a_number_states_it(text, value) -> None:
    facts = extract(text)
    assert len(facts) == 1 and _close(facts[0]["value"], value) and facts[0]["surface"] == text


@pytest.mark.parametrize("text", ["3", "十", "2025", "一二三", "三四"])
def test_a_lone_digit_a_year_or_a_digit_string_stays_unread(text) -> None:
    assert extract(text) == []
