"""Spans of time written in short forms: 前10月 (Taiwan, no 个), 首3季 (Macao), 一周累计下跌,
一年之中4次, 按一年计, and 2000多年前 (a span of about two thousand years, not the year 2000).
The numeral 一 stays an article where it counts nothing (一年一度, 这一年来 is left alone).
Cases are written for this file, not copied from the corpus.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _durations(text: str) -> list[tuple]:
    return [(f["surface"], f["value"], f["unit"]) for f in extract(text) if f["kind"] == "duration"]


@pytest.mark.parametrize(("text", "want"), [
    ("今年前10月零售業營業額達3兆9,603億元。", ("前10月", 10, "月")),
    ("前5月，全市进出口总值增长3.2%。", ("前5月", 5, "月")),
    ("2023年首3季本地生產總值按年實質增長7.7%。", ("首3季", 3, "季")),
    ("今年前三季度，国内生产总值增长5%。", ("前三季度", 3, "季度")),
    ("布伦特原油一周累计下跌20.3%。", ("一周", 1, "周")),
    ("世界银行一年之中4次下调全球经济增长预期。", ("一年", 1, "年")),
    ("本届博览会按一年计意向成交金额735.2亿美元。", ("一年", 1, "年")),
    ("两国的交往可以追溯到2000多年前。", ("2000多年", 2000, "年")),
])
def test_a_short_form_span_is_a_duration(text, want):
    assert want in _durations(text), _durations(text)


@pytest.mark.parametrize("text", [
    "此前3月份，价格一度上涨。",
    "一年一度的盛会如期举行。",
    "2020年，全市生产总值增长3%。",
])
def test_words_that_are_not_spans_stay_words(text):
    assert _durations(text) == []


def test_a_year_is_still_a_year():
    f = [f for f in extract("2000年，全市人口增长3%。") if f["surface"].startswith("2000")][0]
    assert f["kind"] == "year"
