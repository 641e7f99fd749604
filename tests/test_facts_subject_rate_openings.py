"""A rate or share word opening a sentence with no indicator of its own (`第二季的升幅為3.1%`, `增幅为6.5%`) is
the rate of the indicator the sentence before ended on (store/facts/context.py), as a bare 升幅 inside one
sentence already is (conventions: never a bare 增速/升幅/涨幅)."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-08-20")}


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("本港第一季整體進口貨值按年上升4.1%。第二季的升幅為2.7%。", "2.7%", "本港整體進口貨值"),
    ("全县一般公共预算收入18亿元。增幅为5.4%,快于全市平均水平。", "5.4%", "全县一般公共预算收入"),
    ("上证指数收报3510.25点。涨幅为0.8%。", "0.8%", "上证指数"),
])
def test_a_rate_opening_its_sentence_is_the_indicator_before_it(text: str, surface: str, subject: str) -> None:
    assert subjects(text)[surface] == subject


def test_a_rate_after_a_paragraph_break_is_not_carried_over() -> None:
    # a new paragraph opens a new topic: the rate is left bare rather than lent a subject it may not have
    got = subjects("全县一般公共预算收入18亿元。\n增幅为5.4%。")
    assert got["5.4%"] != "全县一般公共预算收入"
