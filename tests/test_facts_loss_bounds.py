"""A loss bounded or hedged before its figure is still a loss: profit warnings stack a bound, an
estimate and a copula between the loss and its sum (`綜合虧損淨額不少於約13.0百萬港元`,
`净亏损不低于约2亿元`, `亏损最多为5000万元`), and the figure is negative however many stand there.
A bound written before an estimate is kept with it as one qualifier (不少于约), and a value filter
reads it as its bound.  Sentences written for the rule."""

from __future__ import annotations

import pytest

from store.facts import extract
from store.facts.rules import BOUNDS_BEFORE_ESTIMATE
from store.search import qualified


def fact(text: str, surface: str) -> dict:
    found = [f for f in extract(text, date="2025-01-20") if f["surface"] == surface]
    assert len(found) == 1, (surface, [f["surface"] for f in extract(text, date="2025-01-20")])
    return found[0]


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("本集團預期錄得綜合虧損淨額不少於約13.0百萬港元。", "不少於約13.0百萬港元", -13_000_000),
    ("公司预计净亏损不低于约2亿元。", "不低于约2亿元", -200_000_000),
    ("预计上半年亏损最多为5000万元。", "5000万元", -50_000_000),
    ("預計虧損不少於約1,500萬港元。", "不少於約1,500萬港元", -15_000_000),
    ("集团预期亏损或达1亿元。", "1亿元", -100_000_000),
    ("公司亏损预计为2亿元。", "2亿元", -200_000_000),
])
def test_a_loss_with_bounds_and_hedges_before_its_sum_is_negative(text: str, surface: str, value: int) -> None:
    assert fact(text, surface)["value"] == value


def test_a_count_of_loss_makers_is_no_loss() -> None:
    assert fact("全市亏损企业不少于300家。", "不少于300家")["value"] == 300


@pytest.mark.parametrize(("text", "surface", "qualifier"), [
    ("本集團預期錄得綜合虧損淨額不少於約13.0百萬港元。", "不少於約13.0百萬港元", "不少于约"),
    ("收入超过约3亿元。", "超过约3亿元", "超过约"),
    ("亏损最多约5000万元。", "最多约5000万元", "最多约"),
    ("签约约3亿元。", "约3亿元", "约"),          # 签约 is a word: its 约 bounds nothing
])
def test_a_bound_before_an_estimate_is_one_qualifier(text: str, surface: str, qualifier: str) -> None:
    assert fact(text, surface)["qualifier"] == qualifier


def test_a_value_filter_reads_a_stacked_qualifier_as_its_bound() -> None:
    assert qualified.stated(13.0, "不少于约") > 13.0
    assert qualified.stated(13.0, "最多约") < 13.0
    assert qualified.stated(-13.0, "不少于约") < -13.0       # a loss of at least about 13: below −13


def test_the_extractor_and_the_filters_know_the_same_stacked_bounds() -> None:
    assert BOUNDS_BEFORE_ESTIMATE == qualified.BOUNDS_BEFORE_ESTIMATE
    for bound in BOUNDS_BEFORE_ESTIMATE:
        assert bound + "约" in qualified.ABOVE | qualified.BELOW


@pytest.mark.parametrize(("text", "surface", "value", "subject"), [
    ("估计本集团截至2022年3月31日止季度将录得约2.0百万港元之亏损。", "约2.0百万港元", -2_000_000, "净利润"),
    ("預期本集團錄得約500萬港元之除稅後虧損。", "約500萬港元", -5_000_000, "除稅後利潤"),
    ("公司录得3亿元的净亏损。", "3亿元", -300_000_000, "净利润"),
])
def test_a_loss_named_after_its_sum_with_zhi_is_negative(text: str, surface: str, value: int, subject: str) -> None:
    """Hong Kong's 之 links a sum to the loss it is, as 的 does (约2.0百万港元之亏损); the loss's own
    words (除税后) may stand between; the subject is the profit, without the particle."""
    f = fact(text, surface)
    assert (f["value"], f["subject"]) == (value, subject)


def test_a_sum_before_a_profit_with_zhi_stays_positive() -> None:
    assert fact("预期录得约2亿元之溢利。", "约2亿元")["value"] == 200_000_000


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("预期今年上半年股东应占亏损3,600万元,而去年同期之股东应占亏损则为 1,350 万元。", "1,350 万元", -13_500_000),
    ("去年同期之股東應佔虧損則為1,350萬港元。", "1,350萬港元", -13_500_000),
    ("集团上年度亦录得亏损,亏损亦达2亿元。", "2亿元", -200_000_000),
    ("两家子公司的净亏损均为5000万元。", "5000万元", -50_000_000),
    ("去年同期净亏损同样为1.2亿元。", "1.2亿元", -120_000_000),
])
def test_a_loss_with_an_adverb_before_its_copula_is_negative(text: str, surface: str, value: int) -> None:
    """Results compare two periods with 则/亦/均/同样 between the loss and its sum; the sum is still a loss,
    and its subject names the profit without the adverb."""
    f = fact(text, surface)
    assert f["value"] == value
    assert f["subject"] and not f["subject"].endswith(("则", "則", "亦", "均", "同样")) and "亏损" not in f["subject"]


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("集团截至2022年9月30日止六个月公司股东应占亏损预计录得不多于约7500万港币。", "约7500万港币", -75_000_000),
    ("相对上年同期公司股东应占亏损则录得约830万港币。", "约830万港币", -8_300_000),
    ("而去年同期虧損錄得約3000萬港元。", "約3000萬港元", -30_000_000),
    ("本期净亏损预期录得约1.5亿元。", "约1.5亿元", -150_000_000),
])
def test_a_loss_recorded_with_a_light_verb_is_negative(text: str, surface: str, value: int) -> None:
    """Profit warnings say a loss is 录得 (recorded), often after 预计 and before a bound: the sum is still
    the loss, and its subject names the profit without the estimate word."""
    f = fact(text, surface)
    assert f["value"] == value
    assert f["subject"] and not f["subject"].endswith(("预计", "预期", "则")) and "亏损" not in f["subject"]


def test_a_profit_recorded_with_a_light_verb_stays_positive() -> None:
    assert fact("公司股东应占溢利预计录得约7500万港币。", "约7500万港币")["value"] == 75_000_000
