"""A date written in brackets after a comparison base is the base's day, never the figure's period: the change
against it is the sentence's own period and only the base's own level takes the bracketed date
(store/facts/period_base_brackets.py; sealed24 and sealed25 label it so). Taiwan's relative year with its number
in brackets (`較去(112)年底`) is a base the same way."""

from __future__ import annotations

import pytest

from store.facts import extract


def _periods(text: str, date: str | None = None) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


def test_a_weekly_close_against_last_fridays_keeps_its_own_day() -> None:
    got = _periods("113年3月8日發行量加權股價指數收盤為19,876.42點，較上周（113年3月1日）的19,513.67點上漲"
                   "362.75點，漲幅約為1.86％。")
    assert got["19,876.42點"] == "2024-03-08"
    assert got["19,513.67點"] == "2024-03-01"             # the base's own level
    assert got["362.75點"] == "2024-03-08" and got["1.86％"] == "2024-03-08"


def test_the_same_base_named_again_later_in_the_sentence_is_the_same_day() -> None:
    got = _periods("113年3月8日發行量加權股價指數收盤為19,876.42點，較上周（113年3月1日）的19,513.67點上漲362.75點，"
                   "櫃買指數收盤為245.10點，較上周的241.32點上漲3.78點。")
    assert got["241.32點"] == "2024-03-01"
    assert got["245.10點"] == "2024-03-08" and got["3.78點"] == "2024-03-08"


def test_a_base_level_named_by_its_noun_after_the_bracket_is_of_the_bracketed_day() -> None:
    got = _periods("113年3月8日上市公司市場總值為新台幣60兆1,234.56億元，較上周（113年3月1日）市值"
                   "59兆8,765.43億元增加2,469.13億元。")
    assert got["59兆8,765.43億元"] == "2024-03-01"
    assert got["2,469.13億元"] == "2024-03-08"


@pytest.mark.parametrize("text", [
    "統計暨普查局資料顯示,2024年3月至5月總體失業率(1.9%)較上一期(2月至4月)下跌0.1個百分點。",
    "統計暨普查局資料顯示,2024年3月至5月本地居民就業不足率為1.6%,較上一期(2024年2月至4月)上升0.1個百分點。",
])
def test_a_rolling_quarter_against_the_previous_one_keeps_its_own_months(text: str) -> None:
    changes = [f for f in extract(text) if f["kind"] == "points"]
    assert [f["period"] for f in changes] == ["2024-03/2024-05"]


def test_an_auction_rate_compared_with_the_last_issue_in_brackets() -> None:
    got = _periods("本期公債最高得標利率為1.512%，相較於上次同年期公債（113年度甲類第5期公債，於2024年3月12日發行）"
                   "最高得標利率1.480%，上升約3.2個基本點。", "2024-05-10")
    assert got["1.480%"] == "2024-03-12"                 # the last issue's rate, of its day
    assert got["約3.2個基本點"] is None                     # the rise is this auction's, undated here


@pytest.mark.parametrize("text", [
    "外匯存底為5,600億美元，較去(112)年底增加30億美元。",
    "外匯存底為5,600億美元，較去（112）年底增加30億美元。",
])
def test_last_years_end_written_with_its_roc_number_is_a_base(text: str) -> None:
    got = _periods(text, "2024-02-06")
    assert got["30億美元"] is None


def test_the_base_level_after_last_years_end_keeps_that_day() -> None:
    got = _periods("外匯存底為5,600億美元，較去(112)年底的5,570億美元增加30億美元。", "2024-02-06")
    assert got["5,570億美元"] == "2023-12-31" and got["30億美元"] is None


def test_a_bracket_of_the_sentences_own_period_still_dates_it() -> None:
    got = _periods("本周(2024年3月4日至8日)全国鸡蛋平均价格为9.12元/公斤,比上周上涨0.3%。", "2024-03-10")
    assert got["9.12元/公斤"] == "2024-03-04/2024-03-08" and got["0.3%"] == "2024-03-04/2024-03-08"
