"""Figures that were missed (tests/gold/README.md, sealed6):

- colon ratios typeset with ︰ (U+FE30) or ∶ (U+2236): `16.5︰26.2︰57.3`;
- a tenth written with a digit after 成: `跌幅 1成3` is 13 % (as `三成一` is 31 %);
- nights of a stay: `平均逗留時間為3.1晚`, duration in 晚 (Arabic digits; 晚上, 晚会 are words);
- salutes: `鸣礼炮21响` counts 21 响;
- a day of the month before 报道/报告 (`据美国媒体21日报道`) is a date, not 日报;
- a year naming an event after a heading's colon (`（新闻联播）：2026世界人工智能大会`) is a year.

Every sentence is written for the test (never copied from a corpus).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def fact(text: str, surface: str, date: str = "2025-06-01") -> tuple:
    f = next(f for f in extract(text, date=date) if f["surface"] == surface)
    return f["kind"], f["value"], f["unit"]


@pytest.mark.parametrize("text", ["三次产业结构比例为16.5︰26.2︰57.3。", "三次产业结构比例为16.5∶26.2∶57.3。"])
def test_ratio_colons_of_other_typesetting(text: str) -> None:
    ratio = next(f for f in extract(text) if f["kind"] == "ratio")
    assert [p["text"] for p in ratio["parts"]] == ["16.5", "26.2", "57.3"]


def test_a_tenth_written_with_a_digit() -> None:
    assert fact("貴賓百家樂毛收入372億元,跌幅 1成3,佔比下降。", "1成3") == ("percent", 13, "%")


def test_a_digit_that_counts_something_else_is_no_tenth() -> None:
    text = "只有1成3家企业达标。"
    assert fact(text, "1成") == ("percent", 10, "%")
    assert fact(text, "3家") == ("count", 3, "家")


def test_nights_of_a_stay() -> None:
    text = "過夜旅客平均逗留時間為3.1晚，相比上年略少0.1晚。"
    assert fact(text, "3.1晚")[::2] == ("duration", "晚")
    assert fact(text, "0.1晚")[::2] == ("duration", "晚")


@pytest.mark.parametrize("text", ["晚会于20日晚8时开始。", "12月3日晚，火势得到控制。", "美军连续第13晚发动空袭。"])
def test_evenings_are_no_stay(text: str) -> None:
    assert not [f for f in extract(text) if f["unit"] == "晚"]


def test_salutes() -> None:
    assert fact("天安门广场上鸣礼炮21响。", "21响") == ("count", 21, "响")


def test_a_day_before_a_report() -> None:
    assert fact("据美国媒体21日报道，当地普降大雪。", "21日", "2022-11-22")[:2] == ("date", "2022-11-21")


def test_a_year_naming_an_event_after_a_headings_colon() -> None:
    text = "央视网消息（新闻联播）：2026世界人工智能大会将于7月在上海举行。"
    assert fact(text, "2026", "2026-07-10")[:2] == ("year", 2026)
