"""A list of differences from several bases, each item written after its base, shares the unit the last
item states (`高于全國0.7、全省2.3個百分點`: 0.7 points above the country, 2.3 above the province; sealed17
labels both, as `高于全国、全省1个、0.2个百分点` lists the bases first).  Sentences written for the rule."""

from __future__ import annotations

from store.facts import extract


def test_each_item_after_its_base_shares_the_last_items_unit() -> None:
    facts = {f["surface"]: f for f in extract("規上工業增加值增長3.7%,高于全國0.7、全省2.3個百分點。")}
    assert facts["0.7"]["kind"] == "points" and facts["0.7"]["value"] == 0.7
    assert facts["0.7"]["base"] == "全國"
    assert facts["2.3個百分點"]["kind"] == "points"


def test_a_list_without_a_comparison_before_it_is_not_read_so() -> None:
    facts = {f["surface"]: f for f in extract("全市有学校12、医院3个。")}
    assert "12" not in facts
