"""A penalty's amount is the penalty's (sealed2 gold: `作出罚款人民币10000元的行政处罚` → 罚款):
the measure named right before the figure, past the currency word, outranks the noun after
的, and the verb imposing it (作出, 处以) is no part of it."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("依法对该公司作出罚款人民币10000元的行政处罚。", "10000元", "罚款"),
    ("对其处以罚款5万元的处罚。", "5万元", "罚款"),
    ("市场监管局对该店作出罚款人民币2000元的决定。", "2000元", "罚款"),
    ("总投资人民币104亿元的灌区工程开工。", "104亿元", "总投资"),
])
def test_the_penalty_names_its_amount(text: str, surface: str, expected: str) -> None:
    got = {f["surface"]: f["subject"] for f in extract(text, date="2012-07-05")}
    assert got[surface] == expected
