"""A profit told after a loss (`本公司擁有人應佔虧損約3,250萬港元，而去年同期則為溢利約1,120萬港元`) is that profit:
the positive sum carries the profit's name (應佔溢利), never the loss's — a positive 1,120萬 under "應佔虧損"
reads as a loss of 11.2 million."""

from __future__ import annotations

from typing import Any

from store.facts import article_facts


def _fact(body: str, value: float) -> dict[str, Any]:
    facts = article_facts({"id": "a", "date": "2025-08-28", "title": "", "body": body})
    return next(f for f in facts if f["kind"] == "money" and float(f["value"]) == value)


def test_a_profit_after_a_loss_is_named_a_profit_in_either_script() -> None:
    body = "本公司擁有人應佔虧損約3,250萬港元，而去年同期則為溢利約1,120萬港元。"
    assert _fact(body, -32500000)["subject"] == "本公司擁有人應佔溢利"
    assert _fact(body, 11200000)["subject"] == "本公司擁有人應佔溢利"
    body = "公司拥有人应占亏损约3250万港元，而去年同期则为溢利约1120万港元。"
    assert _fact(body, 11200000)["subject"] == "公司拥有人应占溢利"


def test_a_cut_of_a_loss_keeps_the_loss() -> None:
    # guard: a change of the loss is the loss's
    assert _fact("本公司拥有人应占亏损减少1120万港元。", 11200000)["subject"] == "本公司拥有人应占亏损"


def test_a_loss_after_its_profit_turned_is_that_profits() -> None:
    body = "该公司2024年度营业收入同比下降5.43%至83.21亿元，归母净利润由盈转亏，亏损1.02亿元。"
    assert _fact(body, -102000000)["subject"] == "归母净利润"
    assert _fact("扣非净利润转亏，亏损2000万元。", -20000000)["subject"] == "扣非净利润"
