"""A bare 连 (連) before a number of days counts a run of days, as 连续 does:
Taiwan's and Hong Kong's market reports write 美股連2日彈升, 台股連3日上漲 — two
and three days running, not the 2nd and 3rd of the month. Dalian's day
(新华社大连3日电) stays a day."""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str) -> list[dict]:
    return extract(text, date="2025-06-10")


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("美股連2日彈升，帶動台股開盤走高。", "2日", 2),
    ("加權指數連3日下跌，成交量萎縮。", "3日", 3),
    ("美股連兩日彈升，台股開盤氣勢如虹。", "兩日", 2),
    ("沪指连4日收涨，两市成交额放大。", "4日", 4),
])
def test_days_after_a_bare_lian_are_a_run_not_a_date(text, surface, value):
    found = [f for f in _facts(text) if f["surface"] == surface]
    assert [(f["kind"], f["value"], f["unit"]) for f in found] == [("duration", value, "日")]


@pytest.mark.parametrize(("text", "surface", "day"), [
    ("新华社大连3日电 记者从大连市统计局获悉，一季度全市地区生产总值增长5.1%。", "3日", "2025-06-03"),
    ("股价于3日下跌2.1%。", "3日", "2025-06-03"),
])
def test_a_day_of_the_month_elsewhere_stays_a_date(text, surface, day):
    found = [f for f in _facts(text) if f["surface"] == surface]
    assert [(f["kind"], f["value"]) for f in found] == [("date", day)]
