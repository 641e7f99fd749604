"""A month decided or planned ahead (`决定8月日均增产`, `計劃11月再增產`, `将在7月下达`) is the coming one, not the
last one before the article's date (store/facts/period_forms._FUTURE_BEFORE_RE; 計劃 read as 计划 through
store/facts/traditional.py; sealed14 labels OPEC+'s November the coming one)."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    ("八个主要产油国决定8月日均增产54.8万桶。", "2025-07-06", "54.8万桶", "2025-08"),
    ("主要产油国5日决定，5月日均增产原油20.6万桶。", "2026-04-06", "20.6万桶", "2026-05"),
    ("路透並披露，石油輸出國組織與夥伴國（OPEC+）計劃11月再增產每日至少13.7萬桶。", "2025-10-06", "至少13.7萬桶", "2025-11"),
])
def test_a_month_decided_or_planned_ahead_is_the_coming_one(text: str, date: str, surface: str, period: str) -> None:
    got = {f["surface"]: f["period"] for f in extract(text, date=date)}
    assert got[surface] == period


def test_a_month_told_as_past_stays_the_last_one() -> None:
    got = {f["surface"]: f["period"] for f in extract("八国8月日均增产了54.8万桶。", date="2025-09-08")}
    assert got["54.8万桶"] == "2025-08"

