"""Prices moved in coins (found28): 分, 毛 and 角 are money where 钱 names them (`每千瓦时降低2分钱`, `3角钱`) or
a price per unit stands right before (`每升上涨8分`, `每斤上涨5毛`, `每千瓦时提高1.5分`), with the unit's
denominator; 分 elsewhere stays a minute or a score, and `没有一分钱关系`, `一分钱也没拿到` (not a cent) and
`每一分钱都要花得明白` (every cent) are idioms, as `一毛钱关系` is.
A price told down to its coins in Chinese numerals — `五元三角二分`, `十块零五毛`, `一百元零五分` — is one
sum (5.32, 10.5, 100.05), as `5元3角2分` is: `三角` after a yuan is its jiao, not the word for a triangle, and a
零 only says the coin before is none.
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


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("票价为五元三角二分。", "五元三角二分", 5.32),
    ("每公斤五元三角。", "五元三角", 5.3),
    ("一张十块零五毛。", "十块零五毛", 10.5),
    ("合计一百元零五分。", "一百元零五分", 100.05),
    ("退还3元零5分。", "3元零5分", 3.05),
    ("金额壹万元零伍分。", "壹万元零伍分", 10000.05),
])
def test_a_price_told_down_to_its_coins_is_one_sum(text: str, surface: str, value: float) -> None:
    facts = [f for f in extract(text) if f["kind"] == "money"]
    assert [f["surface"] for f in facts] == [surface]
    assert float(facts[0]["value"]) == pytest.approx(value)


@pytest.mark.parametrize("text", ["企业间的三角债问题突出。", "画一个三角形。", "金三角地区。"])
def test_a_triangle_stays_a_word(text: str) -> None:
    assert [f for f in extract(text) if f["kind"] == "money"] == []


@pytest.mark.parametrize(("text", "surface", "unit", "change"), [
    ("新台幣兌美元終場收在30.512元，升值1.3分。", "1.3分", "分", "up"),
    ("新台幣今天貶值2.5分。", "2.5分", "分", "down"),
    ("人民币对美元升值了3分。", "3分", "分", "up"),
])
def test_a_currency_s_move_told_in_its_coins_is_money(text: str, surface: str, unit: str, change: str) -> None:
    """Taiwan's exchange-rate reports tell the day's move in cents (升值1.3分), as in jiao (升值1.2角)."""
    f = next(f for f in extract(text) if f["surface"] == surface)
    assert (f["kind"], f["unit"], f["change"]) == ("money", unit, change)
