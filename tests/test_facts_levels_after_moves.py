"""A decimal level reached after a move by a percent, written without a unit, is the level (kind index):
bond futures prices (`国债期货合约TS2312下行0.03%至101.000`) and indices (`领先经济指数下跌0.3%，至98.8`).
`0.03%至101.000` is no percent range: a range whose first end has % and whose second end has no unit
is a move and the level it reached."""

from __future__ import annotations

import pytest

from store.facts import extract


def surfaces(text: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date="2023-10-18")}


@pytest.mark.parametrize(("text", "move", "level", "value"), [
    ("2年期国债期货合约TS2312下行0.03%至101.000,对应期货收益率上行2.36个基点。", "0.03%", "101.000", 101),
    ("30年期国债期货主力合约下跌0.16%至98.510。", "0.16%", "98.510", 98.51),
    ("美国领先经济指数6月份下跌0.3%，至98.8。", "0.3%", "98.8", 98.8),
    ("主力合约上涨1.25%到3512.6。", "1.25%", "3512.6", 3512.6),
])
def test_the_level_reached_after_a_percent_move_is_an_index(text: str, move: str, level: str, value: float) -> None:
    got = surfaces(text)
    assert move in got and got[move]["value_high"] is None, list(got)
    assert got[level]["kind"] == "index" and got[level]["value"] == value


@pytest.mark.parametrize(("text", "surface", "low", "high"), [
    ("预计增速在3%-5%之间。", "3%-5%", 3, 5),
    ("利率区间为3.75%至4.00%。", "3.75%至4.00%", 3.75, 4),
    ("占比在30至40%。", "30至40%", 30, 40),
])
def test_percent_ranges_with_the_unit_at_the_end_stay_ranges(text: str, surface: str, low: float, high: float) -> None:
    f = surfaces(text)[surface]
    assert (f["value"], f["value_high"]) == (low, high)


def test_a_whole_number_after_a_move_is_not_made_a_level() -> None:
    got = surfaces("销量增长5%至2023年新高。")
    assert all(f["kind"] != "index" for f in got.values())
