"""A bare rate after a currency pair is an exchange rate, kind index without unit (tests/gold/README.md:
`美元对人民币的平均汇率 6.8985` is index), as `中间价报7.1025` is: `离岸人民币兑美元报7.2435`,
`美元兑日元报151.32` (no figure before), `在岸人民币兑美元收报7.1850` (money in 美元 before).  An index
named before a verb of quoting keeps its kind: `美元指数收于104.25` is an index level, not 104.25 美元.
Sentences written for the rule, in the register of market wrap-ups."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "surface"), [
    ("离岸人民币兑美元报7.2435,较前一交易日下跌112点。", "7.2435"),
    ("在岸人民币兑美元收报7.1850。", "7.1850"),
    ("美元兑日元报151.32,创34年新低。", "151.32"),
    ("欧元兑美元收于1.0850,英镑兑美元收于1.2710。", "1.2710"),
    ("美元指数收于104.25。", "104.25"),
    ("美元指数报收103.80,跌0.3%。", "103.80"),
])
def test_a_rate_after_a_pair_or_an_index_is_an_index(text: str, surface: str) -> None:
    found = [f for f in extract(text) if f["surface"] == surface]
    assert len(found) == 1, [f["surface"] for f in extract(text)]
    assert (found[0]["kind"], found[0]["unit"]) == ("index", None)


@pytest.mark.parametrize(("text", "surface"), [
    ("布伦特原油期货价格收报82.35美元。", "82.35美元"),
    ("人民币兑美元贬值0.5%。", "0.5%"),
])
def test_prices_and_moves_keep_their_units(text: str, surface: str) -> None:
    found = [f for f in extract(text) if f["surface"] == surface]
    assert len(found) == 1 and found[0]["kind"] in ("money", "percent")


@pytest.mark.parametrize(("text", "surface", "unit", "subject"), [
    # a rate quoted per one unit belongs to the rate named before it, not to the words of the quote
    ("全年人民币平均汇率为1美元兑7.0467元人民币，比上年贬值4.8%。", "7.0467元", "元/美元", "人民币平均汇率"),
    ("人民币汇率中间价为1美元对人民币7.1123元。", "7.1123元", "元/美元", "人民币汇率中间价"),
    ("日元对美元汇率一度跌至1美元兑换163日元区间。", "163日元", "日元/美元", "日元对美元汇率"),
    # told quote first: the 1美元 is the rate's unit, no sum of money
    ("日元兑美元汇率骤升，一度达到130.58日元兑换1美元，为约5个月来的高位。", "130.58日元", "日元/美元", "日元兑美元汇率"),
])
def test_a_rate_per_one_unit_is_the_named_rates(text: str, surface: str, unit: str, subject: str) -> None:
    got = extract(text)
    found = [f for f in got if f["surface"] == surface]
    assert len(found) == 1, [f["surface"] for f in got]
    assert (found[0]["kind"], found[0]["unit"], found[0]["subject"]) == ("index", unit, subject)
    assert not [f for f in got if f["surface"] == "1美元"]
