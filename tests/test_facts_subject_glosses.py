"""A bracket that explains the indicator (`(即計息銀行及其他借款除以股東應佔股權計算所得)`) is an
aside of any length, and the attributable line inside it is no subject: the figure after it is
the indicator's (sealed3 gold: 借貸比率)."""

from __future__ import annotations

import pytest

from store.facts import extract

RATIO = "借貸比率(即計息銀行及其他借款除以股東應佔股權計算所得)為114%(2022年12月31日:99%)。"


@pytest.mark.parametrize(("text", "surface", "expected"), [
    (RATIO, "114%", "借貸比率"),
    (RATIO, "99%", "借貸比率"),
    ("资产负债率（即负债总额除以资产总额所得的比率）为56.2%。", "56.2%", "资产负债率"),
    ("股东应占亏损1.36亿港元,同比增加30.77%。", "30.77%", "股东应占亏损"),
])
def test_an_explaining_bracket_is_an_aside(text: str, surface: str, expected: str) -> None:
    got = {f["surface"]: f["subject"] for f in extract(text, date="2024-03-28")}
    assert got[surface] == expected
