"""Words that say when or how, not what: a trading session (日内, 此前一个交易日), a
concession or a streak standing as a clause of its own (雖創歷年同期次高, 連二黑), 年減 read
as part of a phrase, and a bracketed column heading (【栏目】) — the figure after them is the
sentence's indicator's."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-09-23")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("【美国WTI原油周五收高0.9%】美国WTI原油周五收高,此前一个交易日下跌1.7%。", "1.7%", "美国WTI原油"),
    ("【美国WTI原油周五收高0.9%】美国WTI原油周五收高,此前一个交易日下跌1.7%。", "0.9%", "美国WTI原油"),
    ("9月22日,现货黄金持续走高突破3740美元/盎司,再创历史新高,日内涨超50美元。", "超50美元", "现货黄金"),
    ("纽约期金收高0.5%,盘中一度上涨20美元。", "20美元", "纽约期金"),
])
def test_a_trading_session_is_no_subject(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("今年前10月零售業營業額達3兆9,603億元，雖創歷年同期次高，但呈負成長0.5%。", "0.5%", "零售業營業額"),
    ("1月零售業營業額3360億元雖然創下歷史單月次高,但卻出現年減2.30%。", "2.30%", "零售業營業額"),
    ("批發業營業額一兆五二二億元、年減五.六%,連二黑,全年營業額十二兆七○一三億元、年增四.四%。", "四.四%", "營業額"),
])
def test_a_concession_or_a_streak_is_no_topic(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_a_column_heading_in_brackets_is_left_out() -> None:
    got = subjects("【新思想引领新征程】春节假期全社会跨区域人员流动量达23亿人次。")
    assert "】" not in (got["23亿人次"] or "")


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("投標總額:新臺幣233億元。", "233億元", "投標總額"),
    ("得標總額:新臺幣300億元。", "300億元", "得標總額"),
    ("居民医保人均财政补助标准再提高30元，达到每人每年610元。", "610元", "居民医保人均财政补助标准"),
    ("1—10月，全国一般公共预算收入173397亿元，扣除留抵退税因素后增长5.1%。", "5.1%", "全国一般公共预算收入"),
])
def test_a_currency_a_denominator_or_an_adjustment_alone_is_no_subject(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected
