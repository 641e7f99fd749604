"""The fiscal year before named by its word alone (`上一財政年度`, `上財年`, `上一财年`): a year the text does not name, as a
bare `上年度` (tests/gold/README.md "## Conventions", period: sealed2, sealed4, sealed5, sealed10, sealed12, sealed14 give
it none) — its figures took the year told before it in their sentence (`本年度集團收益為58億港元，而上一財政年度則為52億
港元`: 52億 was this year's). With a year named before it, it is the year before that one. Each sentence is written for
the test.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _periods(text: str, date: str | None) -> dict[str, str | None]:
    return {f["surface"]: f.get("period") for f in extract(text, date=date) if f["kind"] not in ("date", "year")}


@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    ("本年度集團收益為58億港元，而上一財政年度則為52億港元。", "2025-06-26", "52億港元", None),
    ("本年度公司营收为120亿元，上一财年为100亿元。", "2025-06-26", "100亿元", None),
    ("2025年，公司营收为120亿元，上一财年为100亿元。", "2026-03-20", "100亿元", "2024"),
    ("2024/25財政年度，集團收入為480億港元，上一財政年度為450億港元。", "2025-06-26", "450億港元", "2023-04/2024-03"),
])
def test_the_fiscal_year_before_is_not_the_year_told_before_it(text: str, date: str, surface: str,
                                                              period: str | None) -> None:
    assert _periods(text, date)[surface] == period


def test_the_year_told_first_keeps_its_period() -> None:
    assert _periods("2024/25財政年度，集團收入為480億港元，上一財政年度為450億港元。", "2025-06-26")["480億港元"] \
        == "2024-04/2025-03"


def test_as_a_base_it_leaves_the_change_its_sentences_year() -> None:
    got = _periods("某国2024财年政府财政赤字达到1.8万亿美元，较上一财年增加约8%。", "2024-10-10")
    assert got["约8%"] == "2024"
