"""A fraction of a whole is a share, read in percent like 百分之X (tests/gold/README.md: `三分之一` →
33.33 %, `五百分之二` → 0.4 %, sealed7's `全国1/9的经济总量` → 11.11 %), so that `>30%` finds
`三分之一` beside `33%`.  A fraction of a percentage point is points (`四分之一個百分點` → 0.25), and a
mixed number (`三又五分之一`) is a plain number, no share.  (The peers' quantity suites read fractions
as their value; tests/test_facts_external.py compares in their unit.)"""

from __future__ import annotations

import pytest

from store.facts import extract


def _one(text: str, surface: str) -> dict:
    return next(f for f in extract(text) if f["surface"] == surface)


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("已超过实收股本14.42亿元的三分之一。", "三分之一", 100 / 3),
    ("上海有100多个募捐组织，其中三分之二获得了免税发票。", "三分之二", 200 / 3),
    ("增加的部分有三分之二都来自美国。", "三分之二", 200 / 3),
    ("以不到全国0.6%的国土面积创造了全国1/9的经济总量。", "1/9", 100 / 9),
    ("住房均价约为京沪的1/5。", "1/5", 20),
    ("概率为五百分之二。", "五百分之二", 0.4),
    ("超过四分之三的受访企业表示订单增加。", "超过四分之三", 75),
])
def test_a_fraction_of_a_whole_is_a_percent(text: str, surface: str, value: float) -> None:
    f = _one(text, surface)
    assert (f["kind"], f["unit"]) == ("percent", "%")
    assert f["value"] == pytest.approx(value, rel=1e-9)


def test_a_fraction_of_a_point_is_points() -> None:
    f = _one("美聯儲宣佈將聯邦基金利率上調四分之一個百分點。", "四分之一個百分點")
    assert (f["kind"], f["value"]) == ("points", 0.25)


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("三又五分之一", "三又五分之一", 3.2),
    ("读数为负二又四分之一", "负二又四分之一", -2.25),
])
def test_a_mixed_number_stays_a_number(text: str, surface: str, value: float) -> None:
    f = _one(text, surface)
    assert f["kind"] == "ratio" and f["value"] == pytest.approx(value)


@pytest.mark.parametrize("text", [
    "在2025中国网球公开赛女单1/4决赛中，中国选手郑钦文晋级。",
    "男子冰球八分之一决赛中，中国队7比2获胜。",
    "《水俣公约》缔约方大会第四次会议第4/3号决定。",
    "（０２／２７）　１０：１７",
])
def test_rounds_decisions_and_dates_written_with_a_bar_are_no_shares(text: str) -> None:
    assert [f for f in extract(text) if f["kind"] in ("percent", "ratio")] == []


@pytest.mark.parametrize(("text", "surface", "kind", "unit", "value"), [
    ("赛道全长1/4英里。", "1/4英里", "quantity", "英里", 0.25),
    ("他跑了四分之三英里后退出。", "四分之三英里", "quantity", "英里", 0.75),
    ("排队约1/2小时。", "约1/2小时", "duration", "小时", 0.5),
    ("每亩施肥2/3吨。", "2/3吨", "quantity", "吨/亩", 2 / 3),     # its denominator read as for any figure
])
def test_a_fraction_of_a_measure_is_that_much_of_it(text: str, surface: str, kind: str, unit: str,
                                                    value: float) -> None:
    """A measure written right after the fraction is what the fraction counts: 1/4英里 is a quarter
    mile, not 25 % of one."""
    f = _one(text, surface)
    assert (f["kind"], f["unit"]) == (kind, unit)
    assert f["value"] == pytest.approx(value, rel=1e-9)
