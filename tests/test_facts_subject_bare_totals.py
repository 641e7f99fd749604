"""A figure named only 总量 or 金額 after a figure of its sentence (store/facts/subject_bare_totals.py) is
that figure's indicator's: 总量位居全市第1位 ranks the revenue told before, not 总量."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2024-05-10")}


@pytest.mark.parametrize(("text", "expected"), [
    ("一季度,全区完成税收收入8200万元,总量位居全市第2位,同比增长9.6%。",
     {"全市第2位": "税收收入", "9.6%": "税收收入"}),
    ("全年规模以上工业增加值520亿元,比上年增长6.1%,总量占地区生产总值的38.2%。", {"38.2%": "规模以上工业增加值"}),
    ("企業存款較上月減少2.3%,金額為1,206億澳門元。", {"1,206億澳門元": "企業存款"}),
])
def test_a_bare_total_is_the_total_of_the_figure_before(text: str, expected: dict[str, str]) -> None:
    got = subjects(text)
    for surface, subject in expected.items():
        assert got[surface] == subject


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("新增专精特新企业120家,增长30%,总量全市第二。", "全市第二", "专精特新企业总量"),
    ("全年地区生产总值增长5.5%,总量突破2000亿元。", "2000亿元", "地区生产总值总量"),
    ("今年全市经营主体新设量达3.2万户,总量突破60万户。", "60万户", "全市经营主体总量"),
])
def test_a_total_after_an_increment_or_a_growth_rate_is_the_stocks(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_a_total_as_a_yardstick_is_not_read_back() -> None:
    got = subjects("全球已探明储量约12万吨,央行持有的黄金储备已达总量约28%。")
    assert got["約28%" if "約28%" in got else "约28%"] != "全球已探明储量"
