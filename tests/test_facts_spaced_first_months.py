"""Taiwan's web press spaces the digits it sets in Chinese text (`累計前 10 月獲利站上 300 億元`): the first ten months
are the window 1–10, as `前10月` is — read as the month `10 月` they dated the year's total to October alone."""

from __future__ import annotations

from typing import Any

from store.facts import article_facts


def _facts(body: str) -> list[dict[str, Any]]:
    return article_facts({"id": "a", "date": "2025-11-12", "title": "", "body": body})


def test_spaced_first_months_are_a_window() -> None:
    facts = _facts("兆豐金累計前 10 月獲利站上 300 億元，年增 4%。")
    assert [f["period"] for f in facts if f["kind"] == "money"] == ["2025-01/2025-10"]
    assert [f["period"] for f in facts if f["kind"] == "duration"] == ["2025-01/2025-10"]
    assert [f["period"] for f in _facts("前 9 個月稅後盈餘 250 億元。") if f["kind"] == "money"] == ["2025-01/2025-09"]


def test_a_month_spaced_alone_stays_a_month() -> None:
    assert [f["period"] for f in _facts("10 月營收 300 億元。") if f["kind"] == "money"] == ["2025-10"]
