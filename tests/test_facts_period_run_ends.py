"""Where a run of months or quarters ends when its sentence's period is a year past, a half or quarters
(store/facts/period_run_ends.py; the run convention in tests/gold/README.md, sealed9's and sealed12's calls)."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "surface", "window"), [
    # a work report of January: the year just past, its runs of months end with its December
    ("全年地区生产总值增长5.8%;规上工业增加值增速连续7个月位居全省前列。", "2025-01-15", "7个月", "2024-06/2024-12"),
    ("2023年，全市社会消费品零售总额增长6%，增速连续10个月高于全国。", "2024-02-20", "10个月", "2023-03/2023-12"),
    # a half and the first quarters: their last month
    ("上半年，出口增长4.2%，增速连续4个月回升。", "2025-07-14", "4个月", "2025-03/2025-06"),
    ("前三季度，全省固定资产投资增长3.1%，增速连续5个月加快。", "2025-10-20", "5个月", "2025-05/2025-09"),
])
def test_a_run_of_months_ends_with_the_last_month_of_its_period(text: str, date: str, surface: str,
                                                                 window: str) -> None:
    assert periods(text, date)[surface] == window


@pytest.mark.parametrize(("text", "date", "surface", "window"), [
    ("今年第二季度，该国国内生产总值按年率计算下滑0.9%，经济已连续两个季度萎缩。", "2024-08-01", "两个季度", "2024Q1-Q2"),
    ("全年经济增长5.2%，我市连续六个季度获得全省考核优秀。", "2025-02-10", "六个季度", "2023Q3/2024Q4"),
    # a range of months: its last whole quarter
    ("今年前8个月，进出口额连续6个季度保持在9万亿元以上。", "2025-09-08", "6个季度", "2024Q1/2025Q2"),
])
def test_a_run_of_quarters_ends_with_the_last_quarter_its_period_closes(text: str, date: str, surface: str,
                                                                        window: str) -> None:
    assert periods(text, date)[surface] == window


def test_a_level_held_over_a_run_of_quarters_takes_its_window() -> None:
    got = periods("今年前8个月，进出口额连续6个季度保持在9万亿元以上。", "2025-09-08")
    assert got["9万亿元以上" if "9万亿元以上" in got else "9万亿元"] == "2024Q1/2025Q2"


@pytest.mark.parametrize(("text", "date", "surface"), [
    # the year still under way has no known last month
    ("2025年，全省进出口增速连续4个月加快。", "2025-09-12", "4个月"),
    # a month that closes no quarter
    ("8月份，出口增长3%，连续3个季度保持增长。", "2025-09-10", "3个季度"),
])
def test_no_window_where_the_run_has_no_known_end(text: str, date: str, surface: str) -> None:
    assert periods(text, date)[surface] is None
