"""Colloquial and rounded figures (found27): a round magnitude after a qualifier is a figure with that
qualifier, wherever its magnitude or unit is written the spoken way —

- `破兆元`, `突破兆元`, `逾兆元`: Taiwan's 兆 alone after a qualifier is one 万亿 (as `破万亿`, `过亿` read);
  兆 before a unit of power stays the prefix mega (`破兆瓦` is no money);
- `超百亿方`, `突破两千万方`: a volume in 方 (cubic metres) told by a Chinese magnitude after a qualifier,
  as `超百亿立方米`; without a qualifier the words name a class (`千亿方大气田`) or a party (`三方`);
- spoken coins are money in the coin as written (`一塊錢` → 1 块, `五毛錢` → 5 毛, as `每公升33塊` keeps 块 and
  `21仙` keeps 仙; 钱 only says money), in either script; `没有一毛钱关系` (nothing to do with it) is an idiom.

`上千人` (qualifier 上) and `近萬元` (近) were read before; `数以万计` (countless) is no figure.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _by_surface(text: str) -> dict[str, tuple]:
    return {f["surface"]: (f["kind"], f["value"], f["unit"], f.get("qualifier")) for f in extract(text)}


@pytest.mark.parametrize(("text", "surface", "qualifier"), [
    ("今年全市社會消費品零售總額破兆元，創歷史新高。", "破兆元", "破"),
    ("這家公司的市值突破兆元大關。", "兆元", "突破"),
    ("兩家銀行的放款規模均逾兆元。", "逾兆元", "逾"),
])
def test_a_trillion_after_a_qualifier_is_one_wan_yi(text: str, surface: str, qualifier: str) -> None:
    assert _by_surface(text)[surface] == ("money", 10**12, "元", qualifier)


def test_a_trillion_before_a_unit_of_power_is_mega_and_no_money() -> None:
    assert not [f for f in extract("離岸風電裝機破兆瓦。") if f["kind"] == "money"]


@pytest.mark.parametrize(("text", "surface", "value", "qualifier"), [
    ("这条输水干线累计调水超百亿方，惠及沿线多个城市。", "超百亿方", 10**10, "超"),
    ("气田年产气突破两千万方。", "两千万方", 2 * 10**7, "突破"),
    ("这座水库蓄水超过百亿方。", "超过百亿方", 10**10, "超过"),
])
def test_a_volume_in_fang_after_a_qualifier_is_a_figure(text: str, surface: str, value: int,
                                                        qualifier: str) -> None:
    kind, got_value, unit, got_qualifier = _by_surface(text)[surface]
    assert (kind, got_value, unit.split("/")[0], got_qualifier) == ("quantity", value, "方", qualifier)


@pytest.mark.parametrize("text", ["四川盆地又探明一个千亿方大气田。", "发现一个超千亿方级页岩气田。",
                                  "三方代表签署了合作协议。"])
def test_fang_without_a_qualifier_names_a_class_or_a_party(text: str) -> None:
    assert not [f for f in extract(text) if f["unit"] and f["unit"].startswith("方")]


@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    ("以前一塊錢能買三個饅頭。", "一塊錢", 1, "块"),
    ("買一個要兩塊錢。", "兩塊錢", 2, "块"),
    ("現在五毛錢只能買一顆糖。", "五毛錢", 5, "毛"),
    ("一根冰棍卖五毛钱。", "五毛钱", 5, "毛"),
    ("一个月挣一千块钱。", "一千块钱", 1000, "块"),
    # a tenth of the currency: 角 after Arabic digits (a currency's move, a price's), with 钱 after any numeral
    ("新台幣兌美元今日收盤30.512元，升值1.2角。", "1.2角", 1.2, "角"),
    ("猪肉每斤上涨3角。", "3角", 3, "角/斤"),
    ("每斤涨了5角钱。", "5角钱", 5, "角/斤"),
])
def test_a_spoken_coin_is_money_in_the_coin_as_written(text: str, surface: str, value: int, unit: str) -> None:
    assert _by_surface(text)[surface][:3] == ("money", value, unit)


@pytest.mark.parametrize("text", ["这件事跟我没有一毛钱关系。", "這件事跟他沒有一毛錢的關係。", "五角大楼称三角洲部队已抵达。"])
def test_not_a_dime_of_relation_is_an_idiom(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(("text", "surface", "qualifier"), [
    ("活动吸引了上千人参加。", "上千人", "上"),
    ("这台手机售价近萬元。", "近萬元", "近"),
])
def test_a_rounded_magnitude_keeps_its_qualifier(text: str, surface: str, qualifier: str) -> None:
    assert _by_surface(text)[surface][3] == qualifier


def test_countless_is_no_figure() -> None:
    assert extract("现场观众数以万计。") == []
