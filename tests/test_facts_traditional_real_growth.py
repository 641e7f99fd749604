"""Real and nominal growth in traditional script (`扣除價格因素,實際增長5.3%`, `比上年同期名義增長5.4%`) reads as
in simplified: 實際/名義 are adverbs, not what grew, and no part of the base — the subject is the indicator
the sentence named, the base 上年同期 (tests/gold/README.md, sealed14's household incomes)."""

from __future__ import annotations

import pytest

from store.facts import extract

INCOME = "上半年,全國居民人均可支配收入20733元,比上年同期名義增長5.4%,扣除價格因素,實際增長5.3%。"


def fact(text: str, surface: str) -> dict[str, object]:
    return next(f for f in extract(text, date="2025-07-15") if f["surface"] == surface)


@pytest.mark.parametrize("surface", ["5.4%", "5.3%"])
def test_real_and_nominal_growth_keep_the_indicator_as_subject(surface: str) -> None:
    assert fact(INCOME, surface)["subject"] == "全國居民人均可支配收入"


def test_a_nominal_base_is_the_period_compared_with() -> None:
    assert fact(INCOME, "5.4%")["base"] == "上年同期"


def test_spending_adjusted_for_prices_in_traditional_script() -> None:
    text = "上半年,全國居民人均消費支出13601元,比上年同期名義增長6.8%,扣除價格因素影響,實際增長6.7%。"
    assert fact(text, "6.7%")["subject"] == "全國居民人均消費支出"
    assert fact(text, "6.8%")["base"] == "上年同期"
