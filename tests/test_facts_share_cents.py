"""Earnings or loss per share in cents written 分 (`每股基本亏损为94.82分`, `每股盈利12.5分`) is money in
分, a loss negative as `每股虧損2.34仙` is; 分 elsewhere stays minutes or a score."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("公司拥有人应占亏损为11.8百万元;每股基本亏损为94.82分,同比减少40.3%。", "94.82分", -94.82),
    ("每股基本盈利为12.5分，同比增长3%。", "12.5分", 12.5),
    ("每股攤薄虧損3.2分。", "3.2分", -3.2),
    ("每股收益约8分。", "8分", 8),
])
def test_earnings_per_share_in_fen_is_money(text: str, surface: str, value: float) -> None:
    got = {f["surface"]: (f["kind"], f["value"], f["unit"]) for f in extract(text)}
    assert got[surface] == ("money", value, "分")


@pytest.mark.parametrize("text", ["以168.50分的成绩夺冠。", "每股收益公布后3分钟内股价上涨。"])
def test_fen_outside_the_frame_is_no_money(text: str) -> None:
    assert not [f for f in extract(text) if f["kind"] == "money"]
