"""A record's date field is read as a calendar date in the forms feeds write
it, and anything that is no calendar day is said to be so (the article is
kept, dated from its text) — "2025-13-45" was stored as the date."""

from __future__ import annotations

import pytest

from store.ingest.articles import dateline
from store.ingest.record_notes import record_date


@pytest.mark.parametrize(("value", "date"), [
    ("2025-01-02", "2025-01-02"), ("2025/1/2", "2025-01-02"), ("2025.01.02", "2025-01-02"),
    ("2025年1月2日", "2025-01-02"), ("2025-01-02T08:00:00+08:00", "2025-01-02"), ("2025-01-02 08:00", "2025-01-02"),
    ("20250102", "2025-01-02"), (20250102, "2025-01-02"),
])
def test_a_records_date_in_the_forms_feeds_write_is_read(value, date) -> None:
    assert record_date(value) == (date, True)


@pytest.mark.parametrize("value", [None, "", "  "])
def test_no_date_is_no_problem(value) -> None:
    assert record_date(value) == (None, True)


@pytest.mark.parametrize("value", ["2025-13-45", "2025-02-30", "0000-00-00", "昨天", "2025-01-0212", True, 3.5,
                                   ["2025-01-02"]])
def test_what_is_no_calendar_date_is_no_date_and_said(value) -> None:
    assert record_date(value) == (None, False)


def test_a_dateline_of_a_day_the_month_lacks_gives_no_date() -> None:
    assert dateline("本报讯 2月30日，全市……", 2025) is None
    assert dateline("本报讯 2月28日，全市……", 2025) == "2025-02-28"
