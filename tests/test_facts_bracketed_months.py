"""A month written in brackets after 本/上/下, as Taiwan's press dates its data (`本(12)月出口金額`,
`上(11)月出口金額年增56%`), is the month it names, and the figures after it have it as period;
a bracketed year keeps its own figure apart from the month after it (`今(101)年9月`: 2012 and 2012-09)."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "month"), [
    ("本(12)月出口金額年增10%。", "2025-12"),
    ("上(11)月出口金額年增56%。", "2025-11"),
    ("財政部統計，上（11）月出口金額達640億美元。", "2025-11"),
])
def test_a_bracketed_month_is_that_month(text: str, month: str) -> None:
    facts = extract(text, date="2025-12-18")
    assert month in [f["value"] for f in facts if f["kind"] == "date"]
    assert all(f["period"] == month for f in facts if f["kind"] not in ("date", "year"))


def test_a_bracketed_roc_year_stays_apart_from_its_month() -> None:
    got = [(f["kind"], f["value"]) for f in extract("今(101)年9月就業人數為1,087.8萬人。", date="2012-10-22")]
    assert ("year", 2012) in got and ("date", "2012-09") in got
