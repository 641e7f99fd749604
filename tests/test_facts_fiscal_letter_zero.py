"""A year in Chinese numerals set with the letter O for 〇 (Hong Kong: `二OO七/O八年度`, `二O一二年`) is read as
the year (store/facts/numbers.py normalize): a fiscal year April to March, a calendar year, and the figures after
them take it; the letter elsewhere (`CO2`, `PISO`) is left alone."""

from __future__ import annotations

import pytest

from store.facts import extract
from store.facts.numbers import normalize


def facts(text: str, date: str | None = None) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "surface", "period"), [
    ("政府支出由二OO七/O八年度的二千三百多亿元增加至二O一二/一三年度的三千九百多亿元。", "二千三百多亿元", "2007-04/2008-03"),
    ("政府支出由二OO七/O八年度的二千三百多亿元增加至二O一二/一三年度的三千九百多亿元。", "三千九百多亿元", "2012-04/2013-03"),
    ("二OO八年本港出口货值增加百分之五。", "百分之五", "2008"),
    ("二ΟΟ九/一Ο年度的经常开支为二千一百亿元。", "二千一百亿元", "2009-04/2010-03"),
])
def test_a_year_with_the_letter_o_for_zero_is_a_year(text: str, surface: str, period: str) -> None:
    assert facts(text)[surface]["period"] == period


@pytest.mark.parametrize("text", ["CO二年", "PISO二年", "GO七年", "二OK年"])
def test_the_letter_o_outside_a_year_stays(text: str) -> None:
    assert normalize(text) == text


def test_the_letter_o_read_as_zero_keeps_offsets() -> None:
    text = "二OO七/O八年度的开支为二千三百多亿元。"
    assert all(text[f["start"]:f["end"]] == f["surface"] for f in extract(text))
