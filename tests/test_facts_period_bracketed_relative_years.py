"""Taiwan's relative year written with its number in brackets (`去(113)年`, `今（114）年`, `去（2024）年`) is
that year for the period written after it and for the figures it dates (store/facts/period_forms.py) — read
before as the bracketed number alone, `去(113)年全年營收` was dated the article's year (全年 of the year then
unnamed) and `去(113)年營收` had none. The number stays a year fact of its own (tests/gold/README.md: sealed16's
`今(102)年`, sealed18's `去（114）年`). Sentences written for these specs."""

from __future__ import annotations

import pytest

from store.facts import extract


def facts(text: str, date: str = "2025-12-03") -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "surface", "period"), [
    ("台積電去(113)年全年營收達2.1兆元，年增12%。", "2.1兆元", "2024"),
    ("台積電去(113)年營收達2.1兆元，年增12%。", "12%", "2024"),
    ("台積電去（113）年上半年營收為1.9兆元。", "1.9兆元", "2024H1"),
    ("台積電今(114)年前10月營收達2.1兆元，年增12%。", "2.1兆元", "2025-01/2025-10"),
    ("公司去（2024）年第4季營收為1.9兆元。", "1.9兆元", "2024Q4"),
])
def test_a_bracketed_relative_year_dates_what_follows_it(text: str, surface: str, period: str) -> None:
    assert facts(text)[surface]["period"] == period


@pytest.mark.parametrize(("text", "surface", "year"), [
    ("台積電去（113）年上半年營收為1.9兆元。", "113", 2024),
    ("台積電今(114)年前10月營收達2.1兆元，年增12%。", "114", 2025),
])
def test_the_bracketed_number_stays_a_year_of_its_own(text: str, surface: str, year: int) -> None:
    got = facts(text)[surface]
    assert (got["kind"], got["value"]) == ("year", year)
