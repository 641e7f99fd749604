"""Small form variants (U+FE50–FE55), used in Hong Kong and Taiwan typesetting, read as the
marks they stand for: `19﹐000元` is 19,000 元 (it was read as 000元, a value of 0), `3﹒5%` is 3.5 %."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("於2024年6月30日,集團之現金及現金等價物為19﹐000元,借貸為1000萬元。", "19﹐000元", 19000),
    ("本年度收益為1﹐234﹐567港元。", "1﹐234﹐567港元", 1234567),
    ("出口按年增長3﹒5%。", "3﹒5%", 3.5),
])
def test_a_small_comma_or_stop_inside_a_number_is_its_separator(text: str, surface: str, value: float) -> None:
    facts = {f["surface"]: f for f in extract(text, date="2025-03-01")}
    assert float(facts[surface]["value"]) == value
    assert not any(float(f["value"] or 0) == 0 for f in facts.values() if f["kind"] == "money")


def test_a_small_comma_between_clauses_still_separates_them() -> None:
    facts = extract("出口增長3﹒5%﹐其中電子產品增長2﹒1%。", date="2025-03-01")
    assert [(f["surface"], float(f["value"])) for f in facts] == [("3﹒5%", 3.5), ("2﹒1%", 2.1)]


@pytest.mark.parametrize(("text", "surface", "qualifier"), [
    ("超七成行业、超半数产品保持增长。", "超半数", "超"),
    ("产品已在全球半数以上国家和地区得到应用。", "半数以上", "以上"),
    ("家庭户规模占比趋近半数。", "近半数", "近"),
])
def test_half_written_as_a_number_of_parts_is_fifty_percent_with_its_qualifier(text: str, surface: str,
                                                                                qualifier: str) -> None:
    got = {f["surface"]: f for f in extract(text)}
    assert (got[surface]["kind"], got[surface]["value"], got[surface]["qualifier"]) == ("percent", 50, qualifier)


def test_half_of_them_without_a_qualifier_is_no_figure() -> None:
    assert not [f for f in extract("已经有半数的哈马斯武装人员撤离。") if f["kind"] == "percent"]
