"""How much a loss grew or shrank is a change, not a loss (业绩预告, A-share forecasts).

`增加亏损约356万元到1,856万元` says the loss widened by that much: a positive amount, change up, change
word 增加亏损 (sealed7 and sealed8 label `增亏`/`增加亏损` so, as heldback labels `减亏2.18亿元` down);
the loss itself (`净利润约-4,500万元`, `净亏损8.29亿元`) stays negative.  Forecasts are often typeset
with a space between a qualifier and its number (`约 356万元`): the qualifier still reads, the surface
starting at the number."""

from __future__ import annotations

import pytest

from store.facts import extract


def fact(text: str, surface: str) -> dict:
    found = [f for f in extract(text, date="2025-01-21") if f["surface"] == surface]
    assert len(found) == 1, (surface, [f["surface"] for f in extract(text, date="2025-01-21")])
    return found[0]


@pytest.mark.parametrize(("text", "surface", "value", "high", "change", "word"), [
    ("与上年同期相比增加亏损约356万元到1,856万元。", "约356万元到1,856万元", 3560000, 18560000, "up", "增加亏损"),
    ("与上年同期相比增加亏损约 648 万元到 2,148 万元。", "648 万元到 2,148 万元", 6480000, 21480000, "up", "增加亏损"),
    ("公司本期增亏648万元。", "648万元", 6480000, None, "up", "增亏"),
    ("同比减少亏损2.1亿元。", "2.1亿元", 210000000, None, "down", "减少亏损"),
    ("较上年同期减亏2.18亿元。", "2.18亿元", 218000000, None, "down", "减亏"),
])
def test_the_amount_a_loss_moved_by_is_a_positive_change(text, surface, value, high, change, word) -> None:
    f = fact(text, surface)
    assert (f["value"], f["value_high"], f["change"], f["change_word"]) == (value, high, change, word)


@pytest.mark.parametrize(("text", "surface", "low", "high"), [
    ("同比增亏约9%到45%。", "约9%到45%", 9, 45),
    ("同比增亏14.38%至70.83%。", "14.38%至70.83%", 14.38, 70.83),
    ("同比增亏约 16%到 53%。", "16%到 53%", 16, 53),
])
def test_a_loss_growing_by_a_share_is_a_rise(text: str, surface: str, low: float, high: float) -> None:
    f = fact(text, surface)
    assert (f["value"], f["value_high"], f["change"], f["change_word"]) == (low, high, "up", "增亏")


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("预计归属于母公司所有者的净利润约-4,500 万元到-6,000 万元。", "约-4,500 万元到-6,000 万元", -60000000),
    ("净亏损扩大至8.29亿元。", "8.29亿元", -829000000),
    ("公司亏损3亿元。", "3亿元", -300000000),
])
def test_the_loss_itself_stays_negative(text: str, surface: str, value: int) -> None:
    assert fact(text, surface)["value"] == value


@pytest.mark.parametrize(("text", "surface", "qualifier"), [
    ("增加亏损约 356万元。", "356万元", "约"),
    ("总投资约 5 亿元。", "5 亿元", "约"),
    ("营收超过 20 亿元。", "20 亿元", "超过"),
])
def test_a_qualifier_one_space_before_its_number_still_qualifies(text: str, surface: str, qualifier: str) -> None:
    assert fact(text, surface)["qualifier"] == qualifier
