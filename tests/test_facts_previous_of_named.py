"""The quarter before (`上一季度`) is read against the quarter its sentence has named — a third-quarter release told
in late October compares with the second quarter, not the third — and against the article's date only when the
sentence names none.  (The month before keeps its own rules: read against a named month, it became the period the
next sentence carried.)"""

from __future__ import annotations

from typing import Any

from store.facts import article_facts, extract


def _facts(body: str) -> list[dict[str, Any]]:
    return article_facts({"id": "a", "date": "2025-10-31", "title": "", "body": body})


def test_the_quarter_before_the_one_named() -> None:
    # (read for the figures beside it and left unsaid since sealed40: no set labels 上一季度 a date)
    facts = extract("三季度GDP同比增长4.8%，比上一季度回落0.4个百分点。", date="2025-10-31", unsaid=True)
    assert [f["period"] for f in facts if f["surface"] == "上一季度"] == ["2025Q2"]
    assert not [f for f in _facts("三季度GDP同比增长4.8%，比上一季度回落0.4个百分点。") if f["surface"] == "上一季度"]


def test_the_month_before_the_one_named() -> None:
    facts = _facts("9月CPI同比下降0.3%，上月为下降0.4%。")
    assert [f["period"] for f in facts if f["surface"] == "0.4%"] == ["2025-08"]


def test_without_a_named_month_the_articles_date_decides() -> None:
    assert [f["period"] for f in _facts("上月CPI下降0.3%。") if f["kind"] == "percent"] == ["2025-09"]
