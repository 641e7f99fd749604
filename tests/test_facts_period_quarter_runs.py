"""Runs of quarters from a stated quarter (store/facts/period_quarter_runs.py; tests/gold/README.md:
quarter streaks are quarter ranges, `连5季升息` from 2022Q1 → 2022Q1/2023Q1)."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "run", "total"), [
    ("台湾央行自2022年第1季跟进美国升息,连5季升息合计3码,去年第2季起停止升息。", "2024-03-21", "5季", "3码"),
    ("直到2022年第一季理監事會，為楊金龍任內首度升息1碼，後續連五季升息共3碼，重貼現率升至1.875％。", "2025-12-18", "五季", "3碼"),
    ("央行從2022年第1季起連續5季升息，累計升息3碼。", "2025-12-18", "5季", "3碼"),
    ("央行自2022年第一季起连续五季升息，合计升息3码。", "2025-12-18", "五季", "3码"),
])
def test_a_run_of_quarters_from_a_stated_quarter_counts_from_it(text: str, date: str, run: str, total: str) -> None:
    got = periods(text, date)
    assert (got[run], got[total]) == ("2022Q1/2023Q1", "2022Q1/2023Q1")


def test_a_level_reached_right_after_the_run_is_its_last_quarters() -> None:
    got = periods("2022年第一季理監事會首度升息1碼，後續連五季升息共3碼，重貼現率升至1.875％。", "2025-12-18")
    assert got["1.875％"] == "2023Q1"


@pytest.mark.parametrize(("text", "date", "run", "want"), [
    ("從去年第2季起，利率已經連七季未再調整。", "2025-12-18", "七季", "2024Q2/2025Q4"),
    ("去年第2季起停止升息，已连续3季暂停升息。", "2024-03-21", "3季", "2023Q2/2023Q4"),
])
def test_a_pause_from_a_quarter_on_is_counted_from_it(text: str, date: str, run: str, want: str) -> None:
    assert periods(text, date)[run] == want


def test_a_run_without_a_stated_start_ends_at_its_sentences_quarter() -> None:
    got = periods("英国第三季度消费者信心指数降至负20，连续5个季度下滑。", "2022-10-24")
    assert got["5个季度"] == "2021Q3/2022Q3"     # store/facts/period_run_ends.py
