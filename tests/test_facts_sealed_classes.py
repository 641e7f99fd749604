"""Classes of misses the sealed gold sample showed (tests/gold/README.md, "The sealed sample"),
written as rules: signs, junk, change words.  The sentences are written for the rule, not
copied from the sample."""

from __future__ import annotations

import pytest

from store.facts import extract


def facts(text: str, date: str = "2025-08-30") -> list[dict]:
    return extract(text, date=date)


def fact(text: str, surface: str, date: str = "2025-08-30") -> dict:
    found = [f for f in facts(text, date) if f["surface"] == surface]
    assert len(found) == 1, (surface, [f["surface"] for f in facts(text, date)])
    return found[0]


# --- sign ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "value"), [
    ("该集团去年同期录得12亿元亏损，今年仍未扭转", "12亿元", -1200000000),
    ("与上年的3.5亿元的净亏损相比，亏损有所收窄", "3.5亿元", -350000000),
    ("公司一季度出现8000万元亏损", "8000万元", -80000000),
])
def test_a_loss_named_after_its_amount_is_negative(text: str, surface: str, value: int) -> None:
    assert fact(text, surface)["value"] == value


@pytest.mark.parametrize(("text", "surface"), [
    ("公司用资本公积弥补了2亿元亏损", "2亿元"),
    ("通过降本增效减少6000万元亏损", "6000万元"),
])
def test_a_loss_made_up_or_cut_is_the_amount_of_that_action(text: str, surface: str) -> None:
    assert fact(text, surface)["value"] > 0
