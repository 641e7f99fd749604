"""A change of a loss is the change of the profit the sentence names (tests/gold/README.md: the
subject is the measured indicator): `净利润为-11,500万元至-7,700万元,同比增亏14.38%至70.83%` →
归属于上市公司股东的净利润, never 增亏."""

from __future__ import annotations

import pytest

from store.facts import extract


def subject(text: str, surface: str) -> str | None:
    return next(f["subject"] for f in extract(text, date="2025-07-15") if f["surface"] == surface)


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("公司预计2025年半年度归属于上市公司股东的净利润为-11,500万元至-7,700万元,同比增亏14.38%至70.83%",
     "14.38%至70.83%", "归属于上市公司股东的净利润"),
    ("公司预计2025年半年度归属于母公司所有者的净利润为-8,200万元至-6,100万元,同比增亏12.5%至51.2%。",
     "12.5%至51.2%", "归属于母公司所有者的净利润"),
    ("公司預計2025年半年度歸屬於上市公司股東的淨利潤為-9,000萬元至-6,000萬元,同比增虧20%至80%。",
     "20%至80%", "歸屬於上市公司股東的淨利潤"),
    ("预计2024年度归属于母公司所有者的净利润为-3.2亿元,同比减亏45.6%。", "45.6%", "归属于母公司所有者的净利润"),
])
def test_a_change_of_a_loss_is_the_profits(text: str, surface: str, expected: str) -> None:
    assert subject(text, surface) == expected
