"""Specification: an index's base year is no period.

Price and production indices name the year they are measured against — 居民消费价格指数
（2015年=100）, Taiwan's (100年=100), 以2010年为基期 — and that year dates none of the
figures around it: the index level and its change belong to the month or year the text
reports (or to none, when it names none).  The base year itself stays a year fact.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _by_surface(text: str, date: str | None = "2023-10-15") -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date=date)}


@pytest.mark.parametrize("text", [
    "居民消费价格指数（2015年=100）为102.1，比上月上涨0.3%。",
    "居民消费价格指数(2015年＝100)为102.1,比上月上涨0.3%。",
    "以2015年为基期，居民消费价格指数为102.1，比上月上涨0.3%。",
    "以2015年为100，居民消费价格指数为102.1，比上月上涨0.3%。",
])
def test_the_base_year_dates_neither_the_level_nor_its_change(text):
    facts = _by_surface(text)
    assert facts["102.1"]["period"] != "2015" and facts["0.3%"]["period"] != "2015"
    assert facts["2015年"]["kind"] == "year"


def test_a_taiwan_index_base_year_leaves_the_reported_month_its_year():
    facts = _by_surface("9月份消費者物價總指數(CPI)為104.05(100年=100),較上月漲1.31%。")
    assert facts["100年"]["value"] == 2011          # the base year is still read as a year
    assert facts["104.05"]["period"] == "2023-09"
    assert facts["1.31%"]["period"] == "2023-09"


def test_a_year_that_is_the_period_still_dates_its_figures():
    facts = _by_surface("2023年全市生产总值为100亿元，比上年增长5%。")
    assert facts["100亿元"]["period"] == "2023"
    facts = _by_surface("2015年，居民消费价格指数为102.1。")
    assert facts["102.1"]["period"] == "2015"
