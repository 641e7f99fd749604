"""A magnitude without a digit (百亿元, 万亿立方米) is a figure when a verb says it was reached
(`总投资达百亿元`) or a qualifier bounds it (`超过百亿美元`, `近亿元`); alone it is a word
(`千家万户`, `百亿级`, `千万不要`) or names a class (`超过万亿元、千亿元和百亿元的国家`)."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "surface", "kind", "value", "unit"), [
    ("今年，传化已经上新了10多个项目，总投资达百亿元。", "百亿元", "money", 10_000_000_000, "元"),
    ("累计探明储量达到万亿立方米。", "万亿立方米", "quantity", 10**12, "立方米"),
    ("全年营收高达千亿元。", "千亿元", "money", 10**11, "元"),
    ("项目总投资约为百亿美元。", "百亿美元", "money", 10**10, "美元"),
    ("营收超过百亿美元。", "超过百亿美元", "money", 10**10, "美元"),
    ("节省成本近亿元。", "近亿元", "money", 10**8, "元"),
])
def test_a_bare_magnitude_reached_or_bounded_is_a_figure(text: str, surface: str, kind: str, value: int,
                                                         unit: str) -> None:
    got = {f["surface"]: (f["kind"], f["value"], f["unit"]) for f in extract(text)}
    assert got[surface] == (kind, value, unit)


@pytest.mark.parametrize("text", ["打造千亿级产业集群。", "百万富翁越来越多。", "千万不要大意。", "惠及千家万户。",
                                  "目标为千亿级产业。", "贸易规模超过万亿元、千亿元和百亿元的国家和地区分别有14个。",
                                  "参与人数达百万人次以上的活动。"])
def test_a_bare_magnitude_naming_a_word_or_class_is_no_figure(text: str) -> None:
    assert not [f for f in extract(text) if f["surface"][:1] in "百千万亿" and "个" not in f["surface"]]
