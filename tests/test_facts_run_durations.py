"""How long a run lasted is no change: `連升9個交易日`, `香港零售額連跌19個月`, `连续下降4个月后转涨`,
`持续衰退两年` give durations without change (sealed8 labels them so, as `涨幅连续3个月` elsewhere); a
span named with a rate noun (`涨幅达两年多来新高`) neither, and `投降79周年` holds no fall (投降 is to
surrender).  Hong Kong's 飙 (`曾飆約7%`, `累飆68.5%`) is a rise, and 更 may stand before the figure
(`升幅更高達28%`)."""

from __future__ import annotations

import pytest

from store.facts import extract


def fact(text: str, surface: str) -> dict:
    found = [f for f in extract(text, date="2025-12-31") if f["surface"] == surface]
    assert len(found) == 1, (surface, [f["surface"] for f in extract(text, date="2025-12-31")])
    return found[0]


@pytest.mark.parametrize(("text", "surface"), [
    ("國際現貨金價最多曾升3.6%，連升9個交易日。", "9個交易日"),
    ("香港零售額連跌19個月,8月零售額年跌13.1%。", "19個月"),
    ("金價本周累計升逾1%,連升3星期。", "3星期"),
    ("CPI同比上涨0.1%，为连续下降4个月后转涨。", "4个月"),
    ("央行警告英国经济将持续衰退两年。", "两年"),
    ("日本5月CPI涨幅达两年多来新高。", "两年多"),
    ("今天是日本宣布无条件投降79周年的日子。", "79周年"),
])
def test_the_length_of_a_run_is_no_change(text: str, surface: str) -> None:
    f = fact(text, surface)
    assert (f["kind"], f["change"]) == ("duration", None)


@pytest.mark.parametrize(("text", "surface", "change"), [
    ("春节假日增加2天。", "2天", "up"),
    ("冬修水利有效施工期较以往减少10天。", "10天", "down"),
])
def test_a_span_that_changed_keeps_its_change(text: str, surface: str, change: str) -> None:
    assert fact(text, surface)["change"] == change


@pytest.mark.parametrize(("text", "surface", "word"), [
    ("銅價亦發力追上，期銅曾飆約7%。", "約7%", "飆"),
    ("以高位計今年已累飆68.5%。", "68.5%", "飆"),
    ("累計本周已進帳一成，本月升幅更高達28%。", "28%", "升幅"),
])
def test_hong_kong_soaring_is_a_rise(text: str, surface: str, word: str) -> None:
    f = fact(text, surface)
    assert (f["change"], f["change_word"]) == ("up", word)
