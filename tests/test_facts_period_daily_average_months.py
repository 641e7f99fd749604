"""A month followed by its daily average (`3月日均指数`, `8月日均訪澳客量`) is that month (a period), not a
day as `3月15日` is (store/facts/period_forms._NOT_A_MONTH; sealed2 and sealed10 label the month)."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    ("国家信息中心发现，3月日均指数分别比去年12月提升25.4个点和36.9个点。", "2023-03-28", "25.4个点", "2023-03"),
    ("澳門旅遊局早前表示,8月日均訪澳客量逾8萬人次,達預期目標。", "2023-09-01", "逾8萬人次", "2023-08"),
    ("受多重因素的影响，1月日均快递业务量超5.9亿件。", "2026-03-09", "超5.9亿件", "2026-01"),
])
def test_a_months_daily_average_is_of_that_month(text: str, date: str, surface: str, period: str) -> None:
    got = {f["surface"]: f["period"] for f in extract(text, date=date)}
    assert got[surface] == period


def test_a_day_of_the_month_is_still_a_day() -> None:
    got = {f["surface"]: f["period"] for f in extract("3月15日，沪指收涨1%。", date="2023-03-16")}
    assert got["1%"] == "2023-03-15"
