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


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("一家亏损在20亿至50亿元之间。", "20亿至50亿元", -5000000000),
    ("公司预计亏损在3亿元左右。", "3亿元左右", -300000000),
    ("两家公司分别亏损3亿元和5亿元。", "5亿元", -500000000),
    ("三家分别亏损1亿元、2亿元和3亿元。", "2亿元", -200000000),
    ("另有两家和三家分别亏损在10亿至20亿元和5亿至10亿元之间。", "5亿至10亿元", -1000000000),
])
def test_a_loss_told_with_zai_or_as_a_list_is_negative_in_every_item(text: str, surface: str, value: int) -> None:
    """亏损在…之间 and 分别亏损X和Y: copied as +5亿 净利润 the later items would read as profits."""
    assert fact(text, surface)["value"] == value


@pytest.mark.parametrize(("text", "surface"), [
    ("两家公司分别亏损3亿元和盈利5亿元。", "5亿元"),
    ("三家分别亏损1亿元、2亿元，分别增长5亿元和6亿元。", "6亿元"),
    ("亏损在2023年收窄，营收增长5亿元。", "5亿元"),
])
def test_a_figure_after_a_list_of_losses_that_is_no_loss_stays_positive(text: str, surface: str) -> None:
    assert fact(text, surface)["value"] > 0


def test_a_loss_range_after_jiang_jieyu_is_negative() -> None:
    text = "预计截至2026年3月31日的财政年度,公司股东应占亏损将介于1.3亿至1.6亿港元之间。"
    f = next(f for f in extract(text) if f["kind"] == "money")
    assert f["value"] == -160000000 and f["value_high"] == -130000000
