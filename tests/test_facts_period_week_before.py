"""The week before this one (issue 10, sealed8's period misses): `在本周的交易中…下跌了2%，此前一周下跌了
6.2%` took 本周 for the 6.2 %, a wrong week; the trading week before the sentence's 本周 (Monday to Friday,
as sealed6 and sealed8 label `上週`/`此前一周`) is the period now.  Without 本周 before it the week is left
alone (a weekly report's week is not the calendar's: period_weeks)."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date) if f["kind"] not in ("date", "year", "duration")}


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("在本周的交易中,纽约原油期货价格下跌了2%,此前一周下跌了6.2%。", "2011-06-25",
     {"2%": "2011-06-20/2011-06-24", "6.2%": "2011-06-13/2011-06-17"}),
    ("本周金价累计上涨1.2%，前一周则下跌0.8%。", "2024-03-09",
     {"1.2%": "2024-03-04/2024-03-08", "0.8%": "2024-02-26/2024-03-01"}),
    ("本週恒指累計升3.5%，上一週則跌1.1%。", "2025-05-10",
     {"3.5%": "2025-05-05/2025-05-09", "1.1%": "2025-04-28/2025-05-02"}),
])
def test_the_week_before_this_week(text: str, date: str, expected: dict[str, str]) -> None:
    assert periods(text, date) == expected


def test_without_this_week_the_week_before_is_left_alone() -> None:
    assert set(periods("此前一周，纽约原油期货价格下跌了6.2%。", "2011-06-25").values()) == {None}
