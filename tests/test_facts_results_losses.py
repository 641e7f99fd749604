"""A loss named by its company or its year alone is the net profit's (tests/gold/README.md: a
loss that names no profit has subject 净利润/淨利潤 by script; `去年度虧損收窄至7000萬元` →
−70,000,000, subject 淨利潤), or the profit the sentence stated before it; a year read as the
period leaves no stray 度 in the subject (`去年度基礎淨盈利` → 基礎淨盈利)."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, tuple[object, str | None]]:
    return {f["surface"]: (f["value"], f["subject"]) for f in extract(text, date="2025-03-20")
            if f["kind"] == "money"}


@pytest.mark.parametrize(("text", "surface", "value", "expected"), [
    ("港灣企業去年度虧損收窄至5200萬元,前年度則錄得近9000萬元虧損。", "5200萬元", -52000000, "淨利潤"),
    ("港灣企業去年度虧損收窄至5200萬元,前年度則錄得近9000萬元虧損。", "近9000萬元", -90000000, "淨利潤"),
    ("华信物流公司去年度亏损收窄至3100万元。", "3100万元", -31000000, "净利润"),
])
def test_a_loss_named_by_its_company_or_year_is_the_net_profits(text: str, surface: str, value: int,
                                                                 expected: str) -> None:
    assert subjects(text)[surface] == (value, expected)


@pytest.mark.parametrize(("text", "surface", "value", "expected"), [
    ("撇除投資物業重估虧損,去年度基礎淨盈利6100萬元,前年度則虧損1.5億元。", "6100萬元", 61000000, "基礎淨盈利"),
    ("撇除投資物業重估虧損,去年度基礎淨盈利6100萬元,前年度則虧損1.5億元。", "1.5億元", -150000000, "基礎淨盈利"),
    ("信義光能去年度盈利7.5億元,前年度則蝕2.1億元。", "2.1億元", -210000000, "信義光能盈利"),
])
def test_a_loss_after_a_stated_profit_is_that_profits(text: str, surface: str, value: int, expected: str) -> None:
    assert subjects(text)[surface] == (value, expected)


def test_a_named_profit_keeps_its_name() -> None:
    assert subjects("該集團2024年度錄得股東應佔溢利3.2億元。")["3.2億元"] == (320000000, "股東應佔溢利")
