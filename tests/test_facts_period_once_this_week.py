"""`本周一度` is "once this week" (一度 = at one point), not Monday: the week's trading days in a market
sentence (period_weeks), never the Monday, and no stray 度 in the subject; `本周一，` stays Monday."""

from __future__ import annotations

import pytest

from store.facts import extract


def facts(text: str, date: str = "2024-08-16") -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "surface"), [
    ("国际金价本周一度跌至每盎司1800美元，周五收于1812美元。", "1800美元"),
    ("纽约原油期货本周一度跌至每桶70.5美元。", "70.5美元"),
    ("离岸人民币汇率本週一度跌破7.3。", "7.3"),
])
def test_once_this_week_is_the_weeks_trading_days_not_monday(text: str, surface: str) -> None:
    f = facts(text)[surface]
    assert f["period"] == "2024-08-12/2024-08-16"
    assert "度" not in (f["subject"] or "")


def test_this_monday_is_still_monday() -> None:
    assert facts("本周一，国际金价跌至每盎司1800美元。")["1800美元"]["period"] == "2024-08-12"
