"""A quarter's 环比 is over the quarter before (上季), even when no year dates the quarter (`三季度GDP环比增长1.1%`
in an undated text); a month's is over the month before.  (Dating an undated text's lone quarters by the one year it
names was tried and dropped: undated pages name one year that is not their quarters' often enough — a feed's
`10月17日` dated by a year told of something else — and the labels leave them undated.)"""

from __future__ import annotations

from typing import Any

from store.facts import extract


def _fact(text: str, value: float) -> dict[str, Any]:
    return next(f for f in extract(text) if f["kind"] not in ("date", "year") and float(f["value"]) == value)


def test_a_quarters_change_over_the_previous_period_is_over_a_quarter() -> None:
    assert _fact("三季度GDP环比增长1.1%。", 1.1)["base"] == "上季"
    assert _fact("10月CPI环比上涨0.2%。", 0.2)["base"] == "上月"
