"""Taiwan's results tell growth over the quarter before as 季增/季減 beside 年增/年減 (over a year) and
月增/月減 (over the month before): the figure's base is 上季, as the gold sets label it (sealed22, sealed23).
A quarter named before the verb (第三季營收增, 本季增, 首季增) is the figure's time, not its base."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "surface", "change"), [
    ("合併營收1000億元，季增6%，年增30%。", "6%", "up"),
    ("營收年減12.5%，季減3.1%。", "3.1%", "down"),
    ("稅後淨利450億元，季增 13.6%。", "13.6%", "up"),
])
def test_growth_over_the_quarter_before_has_the_quarter_before_for_base(text: str, surface: str,
                                                                        change: str) -> None:
    f = next(f for f in extract(text) if f["surface"] == surface)
    assert (f["change"], f["base"]) == (change, "上季")


def test_the_year_and_month_rates_beside_it_keep_their_bases() -> None:
    got = {f["surface"]: f["base"] for f in extract("10月營收季增6%，年增30%，月增5.1%。")}
    assert (got["6%"], got["30%"], got["5.1%"]) == ("上季", "上年同期", "上月")


@pytest.mark.parametrize("text", ["第三季營收增10%。", "本季營收增10%。", "首季營收增10%。"])
def test_a_quarter_named_before_the_verb_is_no_base(text: str) -> None:
    assert next(f for f in extract(text) if f["surface"] == "10%")["base"] is None


def test_a_season_before_the_verb_is_no_quarter() -> None:
    f = next(f for f in extract("港澳台客货运航班同比2022年夏秋航季增长30.83%。") if f["surface"] == "30.83%")
    assert f["base"] != "上季"
