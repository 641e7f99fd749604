"""The summed losses of loss-making firms are a positive indicator; a company's own loss is a negative profit.

Statistical releases state `亏损企业亏损额961亿元，同比下降4.4%`: the total lost by the firms that lost money. It
names no profit, so it keeps its sign and its own name (a profit subject would misstate it).
"""

from __future__ import annotations

import pytest

from store.facts import article_facts


def _money(text: str) -> list[tuple[str, int, str]]:
    facts = article_facts({"id": "a", "title": "", "body": text, "date": "2024-11-27"})
    return [(f["surface"], f["value"], f["subject"]) for f in facts if f["kind"] == "money"]


@pytest.mark.parametrize(("text", "surface", "value", "subject"), [
    ("1-10月,亏损企业亏损额160.3亿元,同比增长9.8%。", "160.3亿元", 16_030_000_000, "亏损企业亏损额"),
    ("其中，国有及国有控股亏损企业亏损额578亿元，同比下降8.7%。", "578亿元", 57_800_000_000, "国有及国有控股亏损企业亏损额"),
    ("規模以上工業虧損企業虧損額為3.2億元。", "3.2億元", 320_000_000, "虧損企業虧損額"),
])
def test_summed_losses_of_loss_making_firms_stay_positive_under_their_own_name(text, surface, value, subject):
    got = {s: (v, subj) for s, v, subj in _money(text)}
    assert got[surface][0] == value
    assert subject in got[surface][1]


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("公司亏损额为1.2亿元。", "1.2亿元", -120_000_000),
    ("全县亏损企业12家，亏损3亿元。", "3亿元", -300_000_000),
    ("运营亏损3亿元。", "3亿元", -300_000_000),
])
def test_a_loss_told_of_one_firm_is_still_a_negative_profit(text, surface, value):
    got = {s: v for s, v, _ in _money(text)}
    assert got[surface] == value
