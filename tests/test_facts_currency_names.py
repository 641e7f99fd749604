"""A sum told in a currency named after it is in that currency (tests/gold/README.md: the unit is the currency as an
analyst states it): `国防预算超过1420亿新谢克尔` is 1420亿 shekels — read without the name it was 1420亿元, a
renminbi sum, and the name became its subject.  Both scripts."""

from __future__ import annotations

import pytest

from store.facts import extract


def money(text: str) -> list[tuple[str, str, str | None]]:
    return [(f["surface"], f["unit"], f["subject"]) for f in extract(text, date="2025-03-01") if f["kind"] == "money"]


@pytest.mark.parametrize(("text", "unit", "subject"), [
    ("以色列2025年国防预算超过1420亿新谢克尔。", "新谢克尔", "以色列国防预算"),
    ("以色列國防預算超過1420億新謝克爾。", "新谢克尔", "以色列國防預算"),
    ("乌克兰央行外汇储备达1.2万亿格里夫纳。", "格里夫纳", "乌克兰央行外汇储备"),
    ("肯尼亚财政赤字为8000亿先令。", "先令", "肯尼亚财政赤字"),
    ("哈萨克斯坦预算收入2.5万亿坚戈。", "坚戈", "哈萨克斯坦预算收入"),
])
def test_a_sum_in_a_named_currency_keeps_it(text: str, unit: str, subject: str) -> None:
    (surface, got_unit, got_subject), = money(text)
    assert (got_unit, got_subject) == (unit, subject)


def test_the_renminbi_equivalent_after_it_stays_in_yuan() -> None:
    facts = money("以色列2025年国防预算超过1420亿新谢克尔，约合3200亿元人民币。")
    assert [unit for _, unit, _ in facts] == ["新谢克尔", "元"]
