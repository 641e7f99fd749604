"""A sum of debt issued is the debt's, named after the sum (發行總值45億元綠色債券) or before the verb
(专项债券计划发行120亿元) — not the act or its size (發行總值, 续发行)."""

from __future__ import annotations

from store.facts import extract


def _subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2024-06-11") if f["kind"] not in ("date", "year")}


def test_the_debt_named_after_the_sum_issued_is_its_subject() -> None:
    assert _subjects("機管局首度發行總值30億元離岸人民幣可持續發展債券,反應熱烈。")["30億元"] == "離岸人民幣可持續發展債券"
    assert _subjects("據銷售文件,政府擬發行總值50億美元﹑多幣種基建債券。")["50億美元"] == "多幣種基建債券"
    assert _subjects("該公司已完成發行8億元(美元‧下同)債券,包括10年期優先債券。")["8億元"] == "債券"
    assert _subjects("兩筆債券根據該集團總值30億美元的中期票據計劃發行。")["30億美元"] == "中期票據計劃"


def test_a_tenor_between_the_sum_and_the_debt_is_no_name() -> None:
    assert _subjects("财政部拟6月14日续发行450亿元20年期超长期特别国债。")["450亿元"] == "超长期特别国债"


def test_the_debt_named_before_the_verb_is_the_sums() -> None:
    assert _subjects("本期7年期地方政府一般债券计划发行80亿元,中标利率2.05%。")["80亿元"] == "地方政府一般债券"


def test_a_size_named_or_another_noun_after_the_debt_keeps_its_reading() -> None:
    got = _subjects("2024年全年国债发行总额达120,500.50亿元。")
    assert got["120,500.50亿元"] == "国债发行总额"
    assert _subjects("去年国家增发1万亿元国债资金。")["1万亿元"] == "国债资金"
