"""A run told with its start (`从4月份起连续3个月`, `自今年4月起…已连续3个月`, `从2021年开始…连续三年`) covers the months
or years from the start on (store/facts/period_run_starts.py): the run's duration had no period and the figures
after it none or the start's month, which is no figure's own period.  A run that ended before a turn
(`自去年6月份连续15个月下降后首次实现增长`, fresh) and a figure dated by its own later period keep theirs."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date="2025-11-20")}


@pytest.mark.parametrize(("text", "expected"), [
    ("从4月份起连续3个月，我国出口增速保持在10%以上。", {"3个月": "2025-04/2025-06", "10%以上": "2025-04/2025-06"}),
    ("自今年4月起，我国出口已连续3个月增长，累计增长12.5%。", {"3个月": "2025-04/2025-06", "12.5%": "2025-04/2025-06"}),
    ("自去年12月起，该市房价已连续5个月环比下降，累计下降3.2%。", {"5个月": "2024-12/2025-04", "3.2%": "2024-12/2025-04"}),
    ("从2021年开始，我国粮食产量连续三年保持在1.3万亿斤以上。", {"三年": "2021/2023", "1.3万亿斤以上": "2021/2023"}),
])
def test_a_run_from_a_stated_start_covers_the_months_from_it(text: str, expected: dict[str, str]) -> None:
    got = periods(text)
    assert {s: got[s] for s in expected} == expected


@pytest.mark.parametrize(("text", "surface", "period"), [
    ("10月份全国新建商品房网签成交量同比增长0.9%，自去年6月份连续15个月下降后首次实现增长。", "15个月", None),
    ("从4月份起连续3个月，出口增速保持在10%以上，其中6月份增长15%。", "15%", "2025-06"),
])
def test_a_run_ended_before_a_turn_or_a_later_period_keeps_its_own(text: str, surface: str, period: str | None) -> None:
    assert periods(text)[surface] == period


def test_a_run_of_years_from_a_start_in_a_later_year() -> None:
    facts = extract("十年间，实际使用外资增长62.9%，从2017年起，连续五年位居全球第二位。", date="2022-10-20")
    assert {f["surface"]: f["period"] for f in facts}["五年"] == "2017/2021"
