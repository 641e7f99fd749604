"""A price's move written bare after the price (`線材價格3150元/噸,較上周漲40`): the move is in the price's unit
(sealed22's call), a change from the base named; a bare number after a change of a total or of a rate is a percent
or a point left unwritten and stays unread.  Sentences written for the rule."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "surface", "want"), [
    ("廈門市場線材價格3150元/噸,較上周漲40;福州市場線材價格3200元/噸,較上周降30。", "40", ("money", 40, "up")),
    ("廈門市場線材價格3150元/噸,較上周漲40;福州市場線材價格3200元/噸,較上周降30。", "30", ("money", 30, "down")),
    ("当日电解铜均价68120元/吨,较前一交易日下跌350,成交一般。", "350", ("money", 350, "down")),
    ("玉米收购价每斤1.35元,比上周上涨0.02。", "0.02", ("money", 0.02, "up")),
])
def test_a_bare_move_after_a_price_is_in_the_prices_unit(text: str, surface: str, want: tuple) -> None:
    got = [f for f in extract(text) if f["surface"] == surface]
    assert [(f["kind"], float(f["value"]), f["change"]) for f in got] == [(want[0], float(want[1]), want[2])]
    level = [f for f in extract(text) if f["end"] <= got[0]["start"] and f["kind"] == "money"][-1]
    assert got[0]["unit"] == level["unit"]


@pytest.mark.parametrize(("text", "bare"), [
    ("全市营业收入100亿元,同比增长15。", "15"),           # a total's move: a percent left unwritten
    ("十年期国债收益率2.5%,较上周下降5。", "5"),          # a rate's move: basis points
    ("该产品价格2260元/吨,较上周的2200元/吨上涨60。", "60"),   # another figure between: not the level's move
    ("钢材价格较上周下跌50。", "50"),                      # no level stated
])
def test_a_bare_number_without_a_price_it_moves_stays_unread(text: str, bare: str) -> None:
    assert not [f for f in extract(text) if f["surface"] == bare]
