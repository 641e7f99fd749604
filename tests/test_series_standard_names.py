"""The statistics bureau's indicators are one series however a report
writes them: 居民消费价格指数(CPI), 居民消费价格指数CPI, 居民消费价格指数 and
CPI.  Pressing t on a CPI figure of the bulk store showed that name's
two or three figures, the month's CPI being spread over four names.
"""

from __future__ import annotations

import pytest

from store.series.indicators import indicator_of, standard_name
from store.series.queries import series
from store.series.table import SeriesTable


@pytest.mark.parametrize("name", ["CPI", "居民消费价格指数", "居民消费价格指数(CPI)", "居民消费价格指数CPI",
                                  "居民消费价格指数(CPI"])
def test_a_standard_indicator_by_name_abbreviation_or_both_is_one_name(name):
    assert standard_name(name) == "居民消费价格指数(CPI)"


@pytest.mark.parametrize(("name", "standard"), [
    ("GDP", "国内生产总值(GDP)"), ("工业生产者出厂价格指数PPI", "工业生产者出厂价格指数(PPI)"),
    ("CPI环比", "居民消费价格指数(CPI)环比"), ("采购经理指数", "采购经理指数(PMI)"),
])
def test_each_standard_indicator_is_named_as_a_release_first_writes_it(name, standard):
    assert standard_name(name) == standard


@pytest.mark.parametrize("name", ["核心CPI", "CPI涨幅", "制造业采购经理指数", "国内生产总值(CPI)", "消费者价格指数(CPI)"])
def test_other_indicators_and_mismatched_abbreviations_keep_their_names(name):
    assert standard_name(name) == name


def test_the_place_stays_apart_from_the_standard_name():
    fact = {"subject": "全国居民消费价格指数（CPI）", "kind": "percent", "unit": "%", "change": "up"}
    indicator = indicator_of(fact)
    assert (indicator.entity, indicator.name) == ("全国", "居民消费价格指数(CPI)")


def _doc(n: int, subject: str, month: str, value: float) -> tuple:
    article = {"id": f"a{n}", "title": f"{month}月份物价运行", "publication": "paper", "date": f"2025-{month}-09"}
    fact = {"id": f"a{n}:body:0", "kind": "percent", "unit": "%", "subject": subject, "surface": f"{value}%",
            "value": value, "period": f"2025-{month}", "change": "up", "base": "上年同期", "qualifier": None}
    return article, [fact]


@pytest.mark.parametrize("query", ["CPI", "居民消费价格指数", "cpi"])
def test_one_series_of_the_cpi_found_by_its_name_or_its_abbreviation(query):
    docs = [_doc(1, "CPI", "09", 0.4), _doc(2, "居民消费价格指数（CPI）", "10", 0.3),
            _doc(3, "居民消费价格指数CPI", "11", 0.2), _doc(4, "居民消费价格指数", "12", 0.1)]
    rows = series(SeriesTable.build(None, docs, "t"), query)
    assert {r["indicator"] for r in rows} == {"居民消费价格指数(CPI)"}
    assert [r["period"] for r in rows] == ["2025-09", "2025-10", "2025-11", "2025-12"]
