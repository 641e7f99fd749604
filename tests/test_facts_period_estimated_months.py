"""A month estimated right after it ended (`预计3月快递业务量同比增长18%` told in April) is that month, this year's —
not next year's as a forecast ahead would be (store/facts/period_forms.py; tests/gold/README.md "## Conventions": a
month without a year is the latest one not after the article's date, a date ahead the next one). Sentences written
for these specs."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    ("国家邮政局发布数据。预计3月快递业务量同比增长18%，快递业务收入预计同比增长10.5%。", "2025-04-13", "18%", "2025-03"),
    ("机构预计12月CPI同比上涨0.1%。", "2025-01-10", "0.1%", "2024-12"),
])
def test_a_month_estimated_just_after_it_ended_is_that_month(text: str, date: str, surface: str, period: str) -> None:
    assert periods(text, date)[surface] == period


@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    # a month still ahead stays the one ahead
    ("预计5月快递业务量同比增长18%。", "2025-04-13", "18%", "2025-05"),
    # scheduled, not estimated: the next one
    ("将于3月举行的会议预计吸引1000人。", "2025-04-13", "1000人", "2026-03"),
])
def test_a_month_ahead_stays_ahead(text: str, date: str, surface: str, period: str) -> None:
    assert periods(text, date)[surface] == period
