"""`首期` after a year and before the issue it names (`2024年首期120亿元人民币国债`, `今年首期國債`) is
the first issue, a rank (1 期, as `第一期`); a down payment or a first phase (`首期款`, `首期工程`) is none."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize("text", ["财政部在香港招标发行2024年首期120亿元人民币国债。", "財政部今年首期國債今日發行。",
                                  "2025年首期特别国债发行。", "今年首期凭证式储蓄国债3月10日起发行。"])
def test_the_first_issue_of_a_year_is_rank_one(text: str) -> None:
    got = [(f["kind"], f["value"], f["unit"]) for f in extract(text, date="2024-03-13") if f["surface"] == "首期"]
    assert got == [("rank", 1, "期")]


@pytest.mark.parametrize("text", ["首期款30万元。", "首期工程投资5亿元。", "2024年首期工程开工。", "首期付款比例为20%。"])
def test_a_down_payment_or_first_phase_is_no_rank(text: str) -> None:
    assert not [f for f in extract(text) if "首期" in f["surface"]]
