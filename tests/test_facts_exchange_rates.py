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
