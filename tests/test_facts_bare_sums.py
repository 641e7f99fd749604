"""Numbers written without a unit that the sentence still names:
- a bare sum beside sums of money is money (预收款分别为4.13亿、5.59亿、6.72亿，5.92亿元), but a
  number a noun follows counts that noun (189万中小企业) and a count named before it stays a count;
- 零花钱 names money as 款 and 资金 do (王思聪拿5亿“零花钱”);
- a bare ratio reached 低至/高达 is an index (分红融资比低至0.01), and an exchange rate a sum is
  converted at is one too (按平均汇率6.8985折算).
Cases are written for this file, not copied from the corpus.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _fact(text: str, surface: str) -> dict:
    facts = [f for f in extract(text) if f["surface"] == surface]
    assert facts, f"{surface!r} not read from {text!r}: {[f['surface'] for f in extract(text)]}"
    return facts[0]


@pytest.mark.parametrize(("text", "surface"), [
    ("公司三年的预收款分别为4.13亿、5.59亿、6.72亿，5.92亿元。", "6.72亿"),
    ("基金规模6亿元，联通创投出资5000万，社会募资5.5亿元。", "5000万"),
    ("全年票房超518亿元，净超93亿，其中春节档以超53亿的成绩创新高。", "超93亿"),
    ("全年票房超518亿元，净超93亿，其中春节档以超53亿的成绩创新高。", "超53亿"),
    ("他拿出5亿“零花钱”投资。", "5亿"),
])
def test_a_bare_sum_the_sentence_names_as_money_is_money(text, surface):
    f = _fact(text, surface)
    assert (f["kind"], f["unit"]) == ("money", "元")


@pytest.mark.parametrize(("text", "surface"), [
    ("湖南拿出500亿元为全省189万中小企业注入资金。", "189万"),
    ("核销金额38.4亿元，159.4万失能老年人从中受益。", "159.4万"),
    ("将带来约100亿元的市场空间，直接带动约30万“新农人”就业。", "约30万"),
    ("物联网的连接数量将突破35亿，数字经济体量有望超过3万亿元。", "突破35亿"),
])
def test_a_count_beside_sums_of_money_stays_a_count(text, surface):
    facts = [f for f in extract(text) if surface in f["surface"] or f["surface"] in surface]
    assert facts and all(f["kind"] != "money" for f in facts), facts


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("累计分红仅8682万元，分红融资比低至0.01。", "0.01", 0.01),
    ("收入比高达2.56，比上年缩小。", "2.56", 2.56),
    ("按全年美元对人民币的平均汇率6.8985折算，人均生产总值约合20533美元。", "6.8985", 6.8985),
])
def test_a_bare_ratio_or_rate_is_an_index(text, surface, value):
    f = _fact(text, surface)
    assert (f["kind"], f["value"]) == ("index", value)
