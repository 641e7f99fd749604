"""Runs and averages are the indicator's (tests/gold/README.md: never a bare 增速): in
`能繁母猪存栏已经连续增长12个月,月均增速3.1%` the 3.1 % is the herd's growth, not a thing called
月均增速; a level regained written as a share of an earlier one (`已经恢复到2017年末的84%`) is the
level of the figure before it; a span misread as a count (`连续下降了两个多月`) counts nothing and
lends no subject to the figures after it."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-10-15")
            if f["kind"] not in ("date", "year")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("至9月份,能繁母猪存栏已经连续增长10个月,月均增速2.8%;生猪存栏连续增长7个月,月均增速3.9%。", "2.8%", "能繁母猪存栏"),
    ("至9月份,能繁母猪存栏已经连续增长10个月,月均增速2.8%;生猪存栏连续增长7个月,月均增速3.9%。", "3.9%", "生猪存栏"),
    ("至6月份,全国生猪存栏已经連續增長9个月,月均增速2.6%。", "2.6%", "全国生猪存栏"),
    ("“十四五”期间，全市社会消费品零售额稳步增长，年均增速8.5%。", "8.5%", "全市社会消费品零售额"),
])
def test_an_average_rate_is_the_indicators_growth(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("到6月底,全国生猪存栏达到3.5亿头,已经恢复到2017年末的80%;能繁母猪存栏达到3700万头,已经恢复到2017年末的83%。",
     "80%", "全国生猪存栏"),
    ("到6月底,全国生猪存栏达到3.5亿头,已经恢复到2017年末的80%;能繁母猪存栏达到3700万头,已经恢复到2017年末的83%。",
     "83%", "能繁母猪存栏"),
    ("截至6月底，全省生豬存欄達到2100萬頭，已經恢復到2017年末的92%。", "92%", "全省生豬存欄"),
])
def test_a_level_regained_as_a_share_is_the_levels(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "span", "later", "expected"), [
    ("目前,猪肉价格已经连续下降了两个多月,比今年2月份最高价格下降了10.5元。", "两个多月", "10.5元", "猪肉价格"),
    ("牛肉价格已經連續上漲了三個多月,比今年1月份上漲了5.2元。", "三個多月", "5.2元", "牛肉价格"),
])
def test_a_span_read_as_a_count_counts_nothing(text: str, span: str, later: str, expected: str) -> None:
    facts = {f["surface"]: f for f in extract(text, date="2025-10-15")}
    assert facts[span]["kind"] == "duration"            # a span of months, never a count of 个
    assert not any(f["kind"] == "count" for f in facts.values())
    assert facts[later]["subject"] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("今年清明假期，共有518.9万人次中外人员出入境，日均173万人次，较去年同期增长69.6%。", "173万人次", "中外人员出入境日均"),
    ("3月28日—4月5日，超过870万人次进出香港，日均约96万人次。", "约96万人次", "进出香港日均"),
    ("國慶假期全市接待遊客1200萬人次，日均171萬人次。", "171萬人次", "全市接待遊客日均"),
    ("春运首日，日均约1629万人次。", "约1629万人次", "日均"),
])
def test_an_average_named_alone_is_the_figure_befores_average(text: str, surface: str, expected: str | None) -> None:
    assert subjects(text)[surface] == expected
