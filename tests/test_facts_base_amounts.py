"""The amount of a rise or fall told after its rate (`較上年同期增長15.35%,增收25457萬元`) is over the rate's base;
an amount with no rate before it keeps none (store/facts/bases_amounts.py)."""

from __future__ import annotations

import pytest

from store.facts import extract


def _base(text: str, surface: str) -> str | None:
    return next(f["base"] for f in extract(text, date="2024-05-20") if f["surface"] == surface)


@pytest.mark.parametrize("text, surface, want", [
    ("截至4月底,全市財政總收入完成191347萬元,較上年同期增長15.35%,增收25457萬元。", "25457萬元", "上年同期"),
    ("地方財政收入完成100223萬元,較上年同期增長2.61%,增收2546萬元。", "2546萬元", "上年同期"),
    ("全市一般公共預算支出完成372037萬元,較上年同期增長9.66%,增支32770萬元。", "32770萬元", "上年同期"),
    ("1-11月份全区一般公共预算收入累计完成99552万元,同比增长9.1%,增收8300万元。", "8300万元", "上年同期"),
    ("全年税收收入完成66342万元,比上年下降3.2%,减收2193万元。", "2193万元", "上年"),
])
def test_an_amount_after_its_rate_takes_the_rates_base(text: str, surface: str, want: str) -> None:
    assert _base(text, surface) == want


def test_an_amount_without_a_rate_before_it_has_no_base() -> None:
    assert _base("农民人均纯收入达到4437元,增收409元,增长10.2%。", "409元") is None
