"""A sum written with an English magnitude or an ISO currency code (in bilingual filings and Hong Kong
results: `US$3.5 billion`, `5 million美元`, `募资2.5亿 USD`) is read whole: the digits alone were a figure
a billion times too small, and a sum with its code after it was guessed to be in 元."""

from __future__ import annotations

import pytest

from store.facts import extract


def _one(text: str, surface: str) -> dict:
    return next(f for f in extract(text) if f["surface"] == surface)


@pytest.mark.parametrize(("text", "surface", "unit", "value"), [
    ("公司全年营收US$3.5 billion。", "US$3.5 billion", "US$", 3_500_000_000),
    ("集团收益为HK$1.2 billion。", "HK$1.2 billion", "HK$", 1_200_000_000),
    ("营收3.5bn美元。", "3.5bn美元", "美元", 3_500_000_000),
    ("融资5 million美元。", "5 million美元", "美元", 5_000_000),
    ("市值1.2 trillion美元。", "1.2 trillion美元", "美元", 1_200_000_000_000),
    ("拨款RMB 500 million。", "RMB 500 million", "RMB", 500_000_000),
])
def test_an_english_magnitude_multiplies_the_digits(text: str, surface: str, unit: str, value: int) -> None:
    f = _one(text, surface)
    assert (f["kind"], f["unit"], f["value"]) == ("money", unit, value)


def test_a_range_s_low_end_borrows_the_english_magnitude_of_its_high_end() -> None:
    f = _one("拟融资1-2 billion美元。", "1-2 billion美元")
    assert (f["value"], f["value_high"], f["unit"]) == (1_000_000_000, 2_000_000_000, "美元")


@pytest.mark.parametrize(("text", "surface", "unit", "value"), [
    ("本次募资2.5亿 USD。", "2.5亿 USD", "USD", 250_000_000),
    ("营收3.5亿 HKD。", "3.5亿 HKD", "HKD", 350_000_000),
    ("出口额达500 USD。", "500 USD", "USD", 500),
    ("售价1200 EUR。", "1200 EUR", "EUR", 1200),
])
def test_an_iso_code_after_the_sum_is_its_currency(text: str, surface: str, unit: str, value: int) -> None:
    f = _one(text, surface)
    assert (f["kind"], f["unit"], f["value"]) == ("money", unit, value)


@pytest.mark.parametrize("text", ["稳定币USDT价格1.2。", "入选3 Million Club。", "型号5mm钢管。"])
def test_a_latin_word_that_is_no_magnitude_or_code_adds_nothing(text: str) -> None:
    for f in extract(text):
        assert "USD" != f.get("unit") and f["value"] not in (3_000_000, 5_000_000)
