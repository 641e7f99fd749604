"""A base is the period compared with, without the currency its value is written in: `较上年人民币1900百万元
增加12.5%` → 上年, `较去年同期港币227百万元增加2.2%` → 去年同期 (tests/gold/README.md conventions; sealed10's labels
of Hong Kong-listed results); a named base keeps its words."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize("text, surface, want", [
    ("截至2023年12月31日止年度,本集团的收入为人民币2138百万元,较上年人民币1900百万元增加12.5%。", "12.5%", "上年"),
    ("本集团的毛利为人民币436百万元,较上年人民币391百万元增长11.5%。", "11.5%", "上年"),
    ("本集团纯利为港币232百万元,较去年同期港币227百万元增加2.2%。", "2.2%", "去年同期"),
    ("收入较上年美元1.2亿元增长5%。", "5%", "上年"),
])
def test_the_currency_of_the_base_value_is_not_the_base(text: str, surface: str, want: str) -> None:
    assert next(f["base"] for f in extract(text, date="2024-03-20") if f["surface"] == surface) == want


def test_a_named_base_keeps_its_words() -> None:
    got = next(f["base"] for f in extract("营业收入较上年同期增长12%。", date="2024-03-20") if f["surface"] == "12%")
    assert got == "上年同期"
