"""Measure words read in full: the unit an analyst would copy (tests/gold/README.md, sealed6).

- `两个多月` is 2 个月 with qualifier 多 (not 2 个), `三个多小时` 3 小时;
- `四分之一個百分點` is points 0.25 (a fraction of a point, as 41个基点 is 0.41);
- `275万剂次` counts 剂次; `八大类商品` 8 大类, as `3大类`, `10大类` are;
- `约13万家庭和商户` and `6.5万企业用户` are counts with no unit (家庭 is no 家, firms are no people),
  while `150多万开发者` is 人 and `500萬訪港旅客人次` 人次.

Every sentence is written for the test (never copied from a corpus).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def fact(text: str, surface: str) -> tuple:
    f = next(f for f in extract(text, date="2025-06-01") if surface in f["surface"])
    return f["kind"], f["value"], f["unit"], f["qualifier"]


@pytest.mark.parametrize(("text", "surface", "want"), [
    ("猪肉价格已经连续下降了两个多月。", "两个", ("duration", 2, "个月", "多")),
    ("抢修耗时三个多小时。", "三个", ("duration", 3, "小时", "多")),
    ("工期延误了10个多月。", "10个", ("duration", 10, "个月", "多")),
])
def test_a_span_with_more_inside_its_measure(text: str, surface: str, want: tuple) -> None:
    assert fact(text, surface) == want


def test_a_fraction_of_a_percentage_point_is_points() -> None:
    text = "美聯儲宣佈將聯邦基金利率上調四分之一個百分點。"
    kind, value, unit, _ = fact(text, "四分之一")
    assert (kind, float(value), unit) == ("points", 0.25, "个百分点")


@pytest.mark.parametrize(("text", "surface", "want"), [
    ("全国已接种HPV疫苗275万剂次。", "275万", ("count", 2750000, "剂次", None)),
    ("分类别看,八大类商品四涨四落。", "八大类", ("count", 8, "大类", None)),
    ("構成CPI的八大類商品價格。", "八大類", ("count", 8, "大类", None)),
    ("停电影响约13万家庭和商户。", "13万", ("count", 130000, None, "约")),
    ("平台上有超过6.5万企业用户。", "6.5万", ("count", 65000, None, "超过")),
    ("平台累计服务150多万开发者。", "150", ("count", 1500000, "人", "多")),
    ("首五個月共錄得約500萬訪港旅客人次。", "500萬", ("count", 5000000, "人次", "约")),
    ("全市有3家电影院。", "3家", ("count", 3, "家", None)),
])
def test_measure_words(text: str, surface: str, want: tuple) -> None:
    assert fact(text, surface) == want


def test_shows_are_counted_in_dang_but_a_time_slot_is_no_count() -> None:
    assert fact("与内容机构和超过500档IP节目达成合作。", "500档") == ("count", 500, "档", "超过")
    assert not [f for f in extract("节目在综合频道22:30档开播。") if f["unit"] == "档"]
