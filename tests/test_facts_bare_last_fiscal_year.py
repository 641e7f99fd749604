"""A bare 上年度 names the year before a company's or government's own year, which the text does not name: no
period, as every set labels it (store/facts/period_last_fiscal.py); with a year named in its sentence it stays
the year before that one."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "surfaces"), [
    ("营业额由上年度的1,204.5百万港元增长8.2%至1,303.3百万港元。", "2013-06-20",
     ("1,204.5百万港元", "8.2%", "1,303.3百万港元")),
    ("报告期内,公司净利润为2.31亿元(上年度:1.87亿元)。", "2024-08-28", ("2.31亿元", "1.87亿元")),
    ("上一年度公司研发投入为5.6亿元。", "2025-09-12", ("5.6亿元",)),
])
def test_figures_under_a_bare_last_fiscal_year_have_no_period(text: str, date: str, surfaces: tuple[str, ...]) -> None:
    got = periods(text, date)
    assert [got[s] for s in surfaces] == [None] * len(surfaces)


def test_a_last_fiscal_year_after_a_named_year_keeps_its_reading() -> None:
    got = periods("2024年度公司实现营业收入12.5亿元，上年度为11.2亿元。", "2025-04-20")
    assert got["12.5亿元"] == "2024"
    assert got["11.2亿元"] is not None
