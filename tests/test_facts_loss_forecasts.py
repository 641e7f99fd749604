"""A results forecast that names its loss before a colon (the sealed4 sample's A-share 业绩预告,
as a rule): `净利润亏损:7,460万元至11,460万元` is a loss range, negative, low ≤ high, as
`亏损5.8亿元至7.2亿元` is.  Sentences written for the rule."""

from __future__ import annotations

import pytest

from store.facts import extract


def fact(text: str, surface: str) -> dict:
    got = extract(text, date="2024-01-30")
    found = [f for f in got if f["surface"] == surface]
    assert len(found) == 1, (surface, [f["surface"] for f in got])
    return found[0]


@pytest.mark.parametrize(("text", "surface", "low", "high"), [
    ("预计2023年1-12月扣除非经常性损益后的净利润亏损:7,460万元至11,460万元。", "7,460万元至11,460万元",
     -114600000, -74600000),
    ("归属于上市公司股东的净利润亏损：5,000万元至8,000万元。", "5,000万元至8,000万元", -80000000, -50000000),
    ("預計歸屬於上市公司股東的淨利潤虧損:3億元至4億元。", "3億元至4億元", -400000000, -300000000),
])
def test_a_loss_range_after_a_colon_is_negative(text: str, surface: str, low: int, high: int) -> None:
    f = fact(text, surface)
    assert (f["value"], f["value_high"]) == (low, high)


def test_a_single_loss_after_a_colon_is_negative() -> None:
    assert fact("公司本期净亏损：5368万元。", "5368万元")["value"] == -53680000


@pytest.mark.parametrize(("text", "surface"), [
    ("上年同期:盈利3,200万元。", "3,200万元"),
    ("净利润:1.2亿元,扭亏为盈。", "1.2亿元"),
])
def test_a_profit_after_a_colon_stays_positive(text: str, surface: str) -> None:
    assert fact(text, surface)["value"] > 0
