"""Chinese digits written one by one with the point as a word (Taiwan's press: `六九三點七億美元`), and
a range of such sums whose low end is written without its magnitude (`六六七至六八七億美元`).
Read without the rule, `二二五點七億美元` was no figure and `六六七至六八七億美元` only its high end.
Sentences written for the rule, in the register of Taiwan's export-order releases."""

from __future__ import annotations

import pytest

from store.facts import extract


def facts(text: str) -> list[dict]:
    return extract(text, date="2025-11-20")


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("經濟部公布十月外銷訂單金額為六九三點七億美元，創歷年同期新高。", "六九三點七億美元", 69370000000),
    ("資訊通訊產品十月接單金額二二五點七億美元，為歷年同月新高。", "二二五點七億美元", 22570000000),
    ("電子產品接單金額二八四點一億美元，創歷年單月新高。", "二八四點一億美元", 28410000000),
    ("出口金额为一八八一点五亿美元。", "一八八一点五亿美元", 188150000000),
    ("外匯存底增至五六二三點○八億美元。", "五六二三點○八億美元", 562308000000),
    ("全年營收達一二三點四五億元。", "一二三點四五億元", 12345000000),
])
def test_digits_with_the_point_as_a_word_are_one_sum(text: str, surface: str, value: int) -> None:
    found = [f for f in facts(text) if f["surface"] == surface]
    assert len(found) == 1, [f["surface"] for f in facts(text)]
    assert (found[0]["kind"], found[0]["value"]) == ("money", value)


@pytest.mark.parametrize(("text", "surface", "low", "high"), [
    ("預估十一月外銷訂單金額六六七至六八七億美元。", "六六七至六八七億美元", 66700000000, 68700000000),
    ("預估第四季外銷訂單金額一九八○至二○五○億美元。", "一九八○至二○五○億美元", 198000000000, 205000000000),
    ("預估出口金額四一○至四二五點五億美元。", "四一○至四二五點五億美元", 41000000000, 42550000000),
])
def test_a_range_of_digit_sums_carries_its_magnitude_to_the_low_end(text: str, surface: str, low: int,
                                                                    high: int) -> None:
    found = [f for f in facts(text) if f["surface"] == surface]
    assert len(found) == 1, [f["surface"] for f in facts(text)]
    assert (found[0]["value"], found[0]["value_high"]) == (low, high)


@pytest.mark.parametrize("text", [
    "一九九八至二○○○年間，經濟成長放緩。",     # years, not a sum
    "會議於十二點三十分開始。",                 # a clock
    "他在三点水旁写了一个字。",                 # a word
])
def test_years_clocks_and_words_are_no_digit_sums(text: str) -> None:
    assert not [f for f in facts(text) if f["kind"] == "money"]
