"""A generic word pointing back at what was just named (`白条猪肉批发价47.73元,价格环比下跌5.08%`, `…比例…，該比率…`)
is that indicator: every item of a price list read `价格` before, which no analyst can place.  A word naming its own
goods (`鸡蛋价格上涨5%`) is left as written."""

from __future__ import annotations

from store.facts import extract


def _subjects(text: str) -> list[str | None]:
    return [f["subject"] for f in extract(text) if f["kind"] not in ("date", "year")]


def test_a_price_list_names_each_price() -> None:
    text = "上周重庆生猪收购价37.78元,价格环比下跌5.48%;猪五花肉55.79元,价格环比下跌4.92%。"
    assert _subjects(text) == ["重庆生猪收购价", "重庆生猪收购价", "猪五花肉", "猪五花肉"]


def test_a_ratio_pointed_back_at_is_the_ratio() -> None:
    assert _subjects("全市负债率为45%,该比率较上年下降2个百分点。") == ["全市负债率", "全市负债率"]


def test_goods_named_with_their_price_stay() -> None:
    assert _subjects("鸡蛋价格上涨5%。") == ["鸡蛋价格"]
