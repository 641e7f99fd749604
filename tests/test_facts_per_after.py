"""A price's denominator written after the sum, with 一, 1 or 每 (`80美元一桶`, `3元1斤`, `2000元每吨`), is the
unit's denominator (美元/桶, as `80美元/桶`), and the `一桶` is no figure of its own: a quantity of one barrel
beside the price is noise an analyst would have to skip."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("国际油价报80美元一桶。", "80美元", "美元/桶"),
    ("螺纹钢价格2000元一吨。", "2000元", "元/吨"),
    ("金饰价格480元一克。", "480元", "元/克"),
    ("小白菜3元1斤。", "3元", "元/斤"),
    ("收购价格为2000元每吨。", "2000元", "元/吨"),
    ("猪肉价格达到30元每斤。", "30元", "元/斤"),
])
def test_a_denominator_after_the_sum_is_the_unit_s(text: str, surface: str, unit: str) -> None:
    facts = extract(text)
    assert [(f["surface"], f["unit"]) for f in facts] == [(surface, unit)]
    assert facts[0]["per"] == unit.split("/")[1]


def test_one_of_the_good_counted_alone_stays_a_figure() -> None:
    assert [f["surface"] for f in extract("每户发放一吨煤。")] == ["一吨"]
