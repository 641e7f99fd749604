"""The first or last trading days of last week (store/facts/period_weeks.py; tests/gold/README.md:
`上周后两个交易日` in a Tuesday 2008-10-21 story → 2008-10-16/2008-10-17): the move over them takes
the range, a close reached over them (`收于787.70美元`) the last day.  `上周` alone stays
unread (a weekly report's week is not the calendar's; the gold sets disagree on it)."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "move", "close"), [
    ("上周后两个交易日,12月期金合约暴跌51.30美元,收于787.70美元的近一个月来的低点。", "51.30美元", "787.70美元"),
    ("上周最后两个交易日,纽约金价累计下跌51.30美元,收于每盎司787.70美元。", "51.30美元", "787.70美元"),
    ("上週後兩個交易日，黃金期貨累計下跌51.30美元，收報787.70美元。", "51.30美元", "787.70美元"),
])
def test_the_last_trading_days_of_last_week(text: str, move: str, close: str) -> None:
    got = periods(text, "2008-10-21")
    assert (got[move], got[close]) == ("2008-10-16/2008-10-17", "2008-10-17")


def test_the_first_trading_days_of_last_week() -> None:
    got = periods("上周前三个交易日，纽约油价累计上涨5.2美元。", "2008-10-21")
    assert got["5.2美元"] == "2008-10-13/2008-10-15"


def test_a_close_at_the_end_of_this_trading_week_is_its_last_day() -> None:
    got = periods("本周美国WTI原油累计下跌29%,收于每桶22.43美元。", "2020-03-21")
    assert (got["29%"], got["22.43美元"]) == ("2020-03-16/2020-03-20", "2020-03-20")


def test_last_week_alone_is_left_alone() -> None:
    got = periods("美國能源資訊局表示，上周美國原油庫存意外減少60.7萬桶。", "2025-09-25")
    assert got["60.7萬桶"] is None
