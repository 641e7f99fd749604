"""A range of rates after a change verb is one percent figure (tests/gold/README.md: every set labels
`同比增长66.65%到95.64%`, `增加35%到55%`, `下降171.47%至241.52%` as ranges): `预计增长5%到6%` is 5 … 6 %,
up; it was read as a rise of 5 % and a level of 6 %.  The change-then-level reading stays where the thing
that changed is itself a rate (`PMI环比下降0.7%至46.5%`, `失业率上升0.2%至5.5%`), where the second end
is far above the first, and where the level is no percent (`增长5%至100亿元`, `减少约1,500人至3,830,100人`).
Sentences written for the rule."""

from __future__ import annotations

import pytest

from store.facts import extract


def facts(text: str) -> list[tuple[str, object, object, object]]:
    return [(f["surface"], f["value"], f["value_high"], f["change"]) for f in extract(text) if f["kind"] == "percent"]


@pytest.mark.parametrize(("text", "surface", "low", "high", "change"), [
    ("预计今年营业收入同比增长5%到6%。", "5%到6%", 5, 6, "up"),
    ("营收增长12%至15%。", "12%至15%", 12, 15, "up"),
    ("预计归母净利润同比下降171.47%至241.52%。", "171.47%至241.52%", 171.47, 241.52, "down"),
    ("高标准农田每亩产能提高10%到20%。", "10%到20%", 10, 20, "up"),
    ("上半年化肥价格或将平均上涨15%至20%。", "15%至20%", 15, 20, "up"),
    ("欧盟用气需求应比过去5年平均水平降低9%至13%。", "9%至13%", 9, 13, "down"),
])
def test_a_range_of_rates_after_a_change_verb_is_one_figure(text: str, surface: str, low: float, high: float,
                                                            change: str) -> None:
    assert (surface, low, high, change) in facts(text)


@pytest.mark.parametrize(("text", "move", "level"), [
    ("10月份美国制造业采购经理人指数（PMI）环比下降0.7%至46.5%。", "0.7%", "46.5%"),
    ("失业率上升0.2%至5.5%。", "0.2%", "5.5%"),
    ("出口占比提高1.5%至21.3%。", "1.5%", "21.3%"),
    ("营收增长2%至15%。", "2%", "15%"),
])
def test_a_rate_moving_to_its_level_stays_two_figures(text: str, move: str, level: str) -> None:
    surfaces = [f[0] for f in facts(text)]
    assert move in surfaces and level in surfaces


def test_a_level_in_another_unit_is_no_range() -> None:
    surfaces = [f["surface"] for f in extract("出口增长5%至100亿元。")]
    assert surfaces == ["5%", "100亿元"]


@pytest.mark.parametrize(("text", "surface", "low", "high"), [
    ("造成赣锋锂业2019年1-9月的净利润同比下滑了72.89%-63.85%。", "72.89%-63.85%", 63.85, 72.89),
    ("2019年1-9月净利润预减92.90%-90.53%。", "92.90%-90.53%", 90.53, 92.9),
])
def test_a_fall_written_from_its_worse_end_is_one_range(text: str, surface: str, low: float, high: float) -> None:
    """A filing's fall as a range from the lower profit's end (`下滑了72.89%-63.85%`) is one fall of 63.85 … 72.89 %
    (a range keeps low ≤ high), not a fall of 72.89 % and a level of 63.85 % (walk23)."""
    assert facts(text) == [(surface, pytest.approx(low), pytest.approx(high), "down")]


def test_two_falling_rates_joined_by_a_dash_without_a_fall_stay_apart() -> None:
    assert [f[0] for f in facts("两家银行的存款利率为5%-3%。")] == ["5%", "3%"]


@pytest.mark.parametrize(("text", "surface", "low", "high", "change"), [
    # a results forecast's change by a sum is a range, as its percent is (业绩预告)
    ("公司预计2026年年度归属于母公司所有者的净利润与上年同期相比，将减少6.5亿元到8.2亿元，同比减少45%到57%。",
     "6.5亿元到8.2亿元", 650000000, 820000000, "down"),
    ("预计净利润将增加6,500万元至8,200万元。", "6,500万元至8,200万元", 65000000, 82000000, "up"),
])
def test_a_forecasts_change_by_a_sum_is_one_range(text: str, surface: str, low: int, high: int, change: str) -> None:
    found = [f for f in extract(text) if f["surface"] == surface]
    assert len(found) == 1
    assert (found[0]["value"], found[0]["value_high"], found[0]["change"]) == (low, high, change)


@pytest.mark.parametrize("text", [
    "营收增长6.5亿元到8.2亿元。",            # no forecast: a change, then the level reached
    "预计营收增加500万元至2亿元。",          # the second end far above the first: the level reached
])
def test_a_change_then_a_level_stays_two_figures(text: str) -> None:
    assert len([f for f in extract(text) if f["kind"] == "money"]) == 2
