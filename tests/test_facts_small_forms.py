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
