"""The whole year named as a yardstick, not as the figure's time (tests/gold/README.md "## Conventions", period; per31).

- **A share of a year's forecast** (`今年首兩個月私宅落成量錄6293伙、已達全年預測19953伙的31.5%`) is of the months done, as a
  share of a year's target or budget already is (`完成全年目標的74.7%`: sealed20); the forecast itself keeps the year
  (sealed27 labels both so).
- **The year as a record's horizon** (`2月份失业率升至全年最高的5.4%`, `9月份增速全年最低，单月下降14.7%`): the figure is of
  the month its sentence names before (sealed24, sealed26); with no period named before it the record is the year's own
  (`全年最高气温达到41.2℃`).
Each sentence is written for the test.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _periods(text: str, date: str | None = "2025-11-20") -> dict[str, str | None]:
    return {f["surface"]: f.get("period") for f in extract(text, date=date) if f["kind"] not in ("date", "year")}


@pytest.mark.parametrize(("text", "surface", "period"), [
    ("今年首三個月新盤銷售錄4200伙，已達全年預測18000伙的23.3%。", "23.3%", "2025-01/2025-03"),
    ("前三季度，全市旅游收入820亿元，已达全年预估1100亿元的74.5%。", "74.5%", "2025Q1-Q3"),
])
def test_a_share_of_a_years_forecast_is_of_the_months_done(text: str, surface: str, period: str) -> None:
    assert _periods(text)[surface] == period


def test_the_forecast_itself_keeps_the_year() -> None:
    assert _periods("今年首三個月新盤銷售錄4200伙，已達全年預測18000伙的23.3%。")["18000伙"] == "2025"


@pytest.mark.parametrize(("text", "surface", "period"), [
    ("2月份，全市城镇调查失业率升至全年最高的5.6%。", "5.6%", "2025-02"),
    ("9月份，规模以上工业增加值增速为全年最低，当月下降4.2%。", "4.2%", "2025-09"),
    ("今年7月，全省日均用电量攀升至年内最高的12.8亿千瓦时。", "12.8亿千瓦时", "2025-07"),
])
def test_the_year_as_a_records_horizon_dates_no_figure(text: str, surface: str, period: str) -> None:
    assert _periods(text)[surface] == period


def test_a_record_with_no_other_period_is_the_years() -> None:
    assert _periods("全年最高气温达到41.2℃。")["41.2℃"] == "2025"
