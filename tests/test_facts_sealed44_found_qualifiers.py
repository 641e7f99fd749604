"""Figures found and qualifiers a fresh sample (sealed44) showed, each as its class (sentences written for the tests,
in the registers of the sample: dairy and liquor makers' results, farm statistics, Taiwan's chip makers).

- **Found:** a place held or reached with its field between the verb and the place (`稳居亚洲乳业第一`,
  `跃居粮食增产第一`) is a rank, as `稳居世界第一` already was (the tuning sets label such places 108 times to 30 left);
  `稳居全国第一方阵` stays a label; a list told with slashes after 分别/依次 (`分别为18.2/12.7/2.3/1.2/13.9kg/人`)
  gives each item the last one's unit — a slash elsewhere (`9/21`, `1/3`, `2020/2021`) joins nothing.
- **Qualifiers:** 约 before 介于 and a range (`約介於600~700億元之間`) or before 为 and a comparison's multiple
  (`约为世界人均消费量的2倍`) is the figure's estimate; `签约为…的3倍` is no estimate.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str) -> list[dict]:
    return extract(text, date="2025-03-10")


def _fact(text: str, surface: str) -> dict:
    return next(f for f in _facts(text) if f["surface"] == surface)


@pytest.mark.parametrize("text", [
    "伊利集团连续多年稳居亚洲乳业第一。",
    "液态奶业务营业收入同比增长11.54%，稳居市场第一。",
    "新疆在各省份中跃居粮食增产第一。",
])
def test_a_place_held_with_its_field_between_is_a_rank(text: str) -> None:
    f = _fact(text, "第一")
    assert (f["kind"], f["value"]) == ("rank", 1)


def test_a_tier_named_by_a_place_stays_a_label() -> None:
    assert not [f for f in _facts("区域创新能力稳居全国第一方阵。") if f["kind"] == "rank"]


def test_a_slash_list_after_fenbie_shares_the_last_items_unit() -> None:
    text = "全国居民人均消费量在猪肉、禽肉、牛肉、羊肉、水产品分别为18.2/12.7/2.3/1.2/13.9kg/人。"
    got = [(f["surface"], f["unit"]) for f in _facts(text) if f["kind"] == "quantity"]
    assert got == [("18.2", "kg/人"), ("12.7", "kg/人"), ("2.3", "kg/人"), ("1.2", "kg/人"), ("13.9kg/人", "kg/人")]


def test_a_slash_list_shares_the_magnitude_too() -> None:
    values = [f["value"] for f in _facts("三家公司收入分别为10/20/30亿元。") if f["kind"] == "money"]
    assert values == [1_000_000_000, 2_000_000_000, 3_000_000_000]


@pytest.mark.parametrize(("text", "surface", "kind"), [
    ("他持有的股票价格飞涨至9/21的涨停板30.2元。", "9/21", "date"),
    ("外资持股占比1/3。", "1/3", "percent"),
])
def test_a_slash_elsewhere_joins_no_list(text: str, surface: str, kind: str) -> None:
    assert _fact(text, surface)["kind"] == kind


@pytest.mark.parametrize(("text", "surface"), [
    ("預估今年資本支出約介於600~700億元台幣之間。", "600~700億元"),
    ("預期首季產能利用率約介於80%~85%之間。", "80%~85%"),
    ("中国人均猪肉消费量约为世界人均猪肉消费量的2倍。", "2倍"),
])
def test_an_estimate_before_a_range_or_a_comparisons_multiple_qualifies_it(text: str, surface: str) -> None:
    assert _fact(text, surface)["qualifier"] == "约"


def test_a_word_ending_in_yue_is_no_estimate() -> None:
    assert not _fact("今年签约为去年的3倍。", "3倍")["qualifier"]
