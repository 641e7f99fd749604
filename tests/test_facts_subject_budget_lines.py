"""A budget line told as its review went (store/facts/subject_budget_lines.py): `X原列…,最後計列…,淨增…` is
X's, every figure of it."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2015-01-10")}


@pytest.mark.parametrize(("text", "expected"), [
    ("經議會審查,歲出原列新台幣1822.05億元,最後計列1809.66億元,刪減12.39億元。",
     {"1822.05億元": "歲出", "1809.66億元": "歲出", "12.39億元": "歲出"}),
    ("总预算原列32.5亿元,最后计列33.1亿元,净增0.6亿元;债务支出原列5亿元,最后计列4.2亿元。",
     {"32.5亿元": "总预算", "33.1亿元": "总预算", "0.6亿元": "总预算", "5亿元": "债务支出", "4.2亿元": "债务支出"}),
])
def test_every_figure_of_a_budget_line_is_its_items(text: str, expected: dict[str, str]) -> None:
    got = subjects(text)
    for surface, subject in expected.items():
        assert got[surface] == subject
