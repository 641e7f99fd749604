"""Periods are never subjects (store/facts/subject_period_words.py): a period phrase left in a
subject is cut, and a figure whose subject was only a period or a base word is the indicator's."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2024-08-15")}


def test_a_base_told_by_its_closing_year_is_the_indicator_before_it() -> None:
    got = subjects("截至二零二二年十二月三十一日止年度,本集团的营业额约为58.2百万港元,"
                   "较截至二零二一年十二月三十一日止年度约61.5百万港元减少约3.3百万港元或5.4%。")
    for surface in ("约61.5百万港元", "约3.3百万港元", "5.4%"):
        assert got[surface] == "本集团的营业额"


def test_a_closing_year_opening_a_subject_is_cut() -> None:
    got = subjects("每股基本盈利由截至二零二一年十二月三十一日止年度的每股亏损约0.21港仙,"
                   "增加至截至二零二二年十二月三十一日止年度的每股盈利约0.35港仙。")
    assert got["约0.35港仙"] == "每股盈利"


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("今年國慶假期每日人均花費1,250元,較去年上升8%。", "1,250元", "每日人均花費"),
    ("香港的整體貨物出口全年實質上升百分之二點一。", "百分之二點一", "香港的整體貨物出口"),
    ("內地訪港旅客全年實質上升百分之五,然而第四季按年輕微下跌百分之一點三。", "百分之一點三", "內地訪港旅客"),
])
def test_a_holiday_a_year_or_a_base_word_is_no_part_of_the_subject(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_trading_days_after_a_week_measure_nothing() -> None:
    assert subjects("上周后三个交易日,12月期铜合约下跌210美元。")["三个交易日"] is None


def test_a_time_adverb_after_the_indicator_is_cut() -> None:
    got = subjects("记者从会上了解到，全国湿地面积现在达5635万公顷，比十年前增加120万公顷。")
    assert got["5635万公顷"] == "全国湿地面积"


def test_a_time_word_alone_is_no_subject() -> None:
    got = subjects("近日，财政部提前下达2025年农业相关转移支付1850亿元。")
    assert got["1850亿元"] != "近日"
