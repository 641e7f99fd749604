"""`上月底`, `上月末` and `上月(10月)底` are the last day of the month before the article's (a balance's point in
time, as `10月底` is: the conventions' month ends); `上月` alone stays the month (store/facts/period_days.py)."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    ("截至上月(10月)底,财政储备中的基本储备余额为1,289亿元。", "2017-11-27", "1,289亿元", "2017-10-31"),
    ("截至上月（2月）底,外汇储备余额为3.2万亿美元。", "2024-03-08", "3.2万亿美元", "2024-02-29"),
    ("截至上月底,存款余额为6,320亿元。", "2018-01-05", "6,320亿元", "2017-12-31"),
    ("上月末,贷款余额为820亿元。", "2023-07-10", "820亿元", "2023-06-30"),
])
def test_last_months_end_is_its_last_day(text: str, date: str, surface: str, period: str) -> None:
    assert periods(text, date)[surface] == period


def test_last_month_alone_is_the_month() -> None:
    assert periods("上月居民消费价格上涨2.1%。", "2017-11-15")["2.1%"] == "2017-10"


def test_last_months_end_as_a_base_is_no_period() -> None:
    got = {f["surface"]: f for f in extract("10月末,存款余额为1289亿元,较上月末增加12亿元。", date="2017-11-15")}
    assert (got["12亿元"]["period"], got["12亿元"]["base"]) == ("2017-10-31", "上月末")
