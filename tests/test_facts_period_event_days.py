"""Figures of a one-day event take its day (store/facts/period_issues.py, period_days.tw_day;
tests/gold/README.md: a figure about an event told on a date has that date as its period).

- A bond auction on a named day: the year in the issue's name (`2024年首期`, `今年第六期`) only names
  the issue; without a day it stays the figures' period.
- A central bank meeting on a named day: the quarter naming the meeting (`第4季理監事會`) is not the
  period of the rates it keeps.
- Taiwan's press writes the day in brackets: `今（18）天`, `昨（7）日`."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "figures", "want"), [
    ("财政部今天（12月11日）在香港面向机构投资者，招标发行今年第六期人民币国债，发行规模60亿元，认购倍数3.58倍。",
     "2024-12-11", ["60亿元", "3.58倍"], "2024-12-11"),
    ("今天（8月5日），财政部在香港面向机构投资者招标发行2026年第四期150亿元人民币国债，认购倍数4.67倍。",
     "2026-08-05", ["4.67倍"], "2026-08-05"),
    ("财政部13日在香港特别行政区,面向机构投资者招标发行2024年首期120亿元人民币国债,认购倍数2.9倍。",
     "2024-03-14", ["2.9倍"], "2024-03-13"),
    ("中央銀行昨（7）日進行2026年的第一筆公債標售，5年期最高得標利率為1.317%。",
     "2026-01-08", ["1.317%"], "2026-01-07"),
])
def test_an_auction_on_a_named_day_gives_the_day_not_the_year_of_the_issues_name(
        text: str, date: str, figures: list[str], want: str) -> None:
    got = periods(text, date)
    assert [got[s] for s in figures] == [want] * len(figures)


def test_without_a_day_the_year_of_the_issue_stays() -> None:
    assert periods("财政部在香港成功发行今年第六期70亿元人民币国债。", "2025-12-10")["70亿元人民币"] == "2025"


@pytest.mark.parametrize("text", [
    "中央銀行今（18）天舉行第4季理監事會，決議利率不變，維持重貼現率、擔保放款融通利率及短期融通利率各為2％、2.375％及4.25％。",
    "央行今(18)日召开第4季理监事会,决议维持重贴现率为2%。",
])
def test_a_meeting_on_a_named_day_dates_the_rates_it_keeps(text: str) -> None:
    got = periods(text, "2025-12-18")
    assert [p for s, p in got.items() if s.endswith(("％", "%"))][0] == "2025-12-18"


def test_a_bracketed_day_still_ahead_of_the_article_is_last_months() -> None:
    got = periods("中央銀行昨（30）日標售公債，最高得標利率為1.5%。", "2025-12-01")
    assert got["1.5%"] == "2025-11-30"


def test_a_bracketed_day_of_a_release_is_the_reports_not_the_figures() -> None:
    got = periods("經濟部昨（30）日公布，外銷訂單金額為500億美元。", "2025-12-01")
    assert got["500億美元"] != "2025-11-30"
