"""A loss named as its net amount (`虧損淨額`, `亏损净额`) is a negative figure of the profit, as
`亏损额为3亿元` is (tests/gold/README.md: a loss is −X).  Read without the rule, `錄得虧損淨額3.2億元`
was +3.2億元: a sign lost.  Sentences written for the rule."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("集團錄得虧損淨額3.2億元,而去年同期則錄得溢利1.5億元。", "3.2億元", -320000000),
    ("公司本期亏损净额为5,230万元。", "5,230万元", -52300000),
    ("該基金錄得虧損淨額約1,200萬港元。", "約1,200萬港元", -12000000),
])
def test_a_net_loss_amount_is_negative(text: str, surface: str, value: int) -> None:
    found = [f for f in extract(text) if f["surface"] == surface]
    assert len(found) == 1, [f["surface"] for f in extract(text)]
    assert found[0]["value"] == value


def test_the_profit_beside_it_keeps_its_sign() -> None:
    found = [f for f in extract("集團錄得虧損淨額3.2億元,而去年同期則錄得溢利1.5億元。") if f["surface"] == "1.5億元"]
    assert found[0]["value"] == 150000000
