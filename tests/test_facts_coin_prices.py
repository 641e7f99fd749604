"""Prices moved in coins (found28): 分, 毛 and 角 are money where 钱 names them (`每千瓦时降低2分钱`, `3角钱`) or
a price per unit stands right before (`每升上涨8分`, `每斤上涨5毛`, `每千瓦时提高1.5分`), with the unit's
denominator; 分 elsewhere stays a minute or a score, and `没有一分钱关系`, `一分钱也没拿到` (not a cent) and
`每一分钱都要花得明白` (every cent) are idioms, as `一毛钱关系` is.
"""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    ("一般工商业电价平均每千瓦时降低2分钱。", "2分钱", 2, "分/千瓦时"),
    ("92号汽油每升上涨7分钱。", "7分钱", 7, "分/升"),
    ("0号柴油每升上涨8分。", "8分", 8, "分/升"),
    ("居民生活用电每千瓦时提高1.5分。", "1.5分", 1.5, "分/千瓦时"),
    ("柴油每升价格下降8分。", "8分", 8, "分/升"),
    ("鸡蛋每斤上涨5毛。", "5毛", 5, "毛/斤"),
    ("白菜每斤涨了3角钱。", "3角钱", 3, "角/斤"),
    ("董事會建議派發末期股息每股6分。", "6分", 6, "分/股"),      # as 每股4.00港仙 is 港仙/股 (sealed10)
])
def test_a_price_moved_in_coins_is_money_in_the_coin(text: str, surface: str, value: float, unit: str) -> None:
    got = {f["surface"]: (f["kind"], f["value"], f["unit"]) for f in extract(text)}
    assert got[surface] == ("money", value, unit)


@pytest.mark.parametrize("text", ["这件事跟我没有一分钱关系。", "這件事跟他沒有一分錢關係。", "这个月工资他一分钱也没拿到。",
                                  "对方一分钱的赔偿都不肯出。", "每一分钱都要花得明明白白。"])
def test_not_one_fen_and_every_fen_are_idioms(text: str) -> None:
    assert extract(text) == []


def test_fen_after_a_price_per_unit_is_no_minute_taken() -> None:
    assert [f["kind"] for f in extract("比赛第85分钟，他打入一球。") if f["surface"].endswith("分")] == []


def test_the_base_of_a_move_per_unit_leaves_the_unit_out() -> None:
    # (the base is last week, 每斤 the move's denominator)
    moved = [f for f in extract("大豆收购价3.05元/斤，较上周每斤上涨3分。") if f["surface"] == "3分"]
    assert [(f["unit"], f["change"], f["base"]) for f in moved] == [("分/斤", "up", "上周")]
