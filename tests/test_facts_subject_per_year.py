"""A rate stated `為年息N%` (Taiwan bond auctions) is the rate named before 為; 年息 says
how it is stated (sealed2 gold: 最低得標利率, 加權平均得標利率)."""

from __future__ import annotations

import pytest

from store.facts import extract

AUCTION = ("在競標部分，此次投標倍數為1.53倍，最低得標利率為年息0.99%，最高得標利率為1.4250%，"
           "得標高低利率差為0.435個百分點，加權平均得標利率為年息1.3880%。")


@pytest.mark.parametrize(("text", "surface", "expected"), [
    (AUCTION, "0.99%", "最低得標利率"),
    (AUCTION, "1.3880%", "加權平均得標利率"),
    (AUCTION, "1.4250%", "最高得標利率"),
    ("本期公債票面利率為年息1.625%。", "1.625%", "本期公債票面利率"),
])
def test_a_rate_per_year_is_the_rate_named_before_wei(text: str, surface: str, expected: str) -> None:
    got = {f["surface"]: f["subject"] for f in extract(text, date="2025-12-10")}
    assert got[surface] == expected
