"""A month or day in a text without a date and without a year is left unread, never a figure:
`低于7月份的535万吨` gave a count of 7 (the comparison word read as a qualifier of a bare 7)."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize("text", [
    "8月份进口451万吨,低于7月份的535万吨。",
    "价格超过7月的水平。",
    "进口量高于3日的水平。",
])
def test_a_month_or_day_is_no_count(text: str) -> None:
    assert not [f for f in extract(text) if f["kind"] in ("count", "quantity") and f["unit"] is None]


def test_with_a_date_the_month_is_a_date() -> None:
    facts = extract("8月份进口451万吨,低于7月份的535万吨。", date="2024-09-01")
    assert ("7月份", "date", "2024-07") in [(f["surface"], f["kind"], f["value"]) for f in facts]


def test_a_span_of_months_after_a_qualifier_stays() -> None:
    assert [(f["surface"], f["kind"]) for f in extract("已持续超过7个月。")] == [("超过7个月", "duration")]
