"""A change a turnaround reverses or a trend continues (`扭轉上一季0.2%的跌幅`, `扭转了上月下降1.2%的局面`,
`延续了3.5%的增长态势`) is the earlier change of the indicator the clause before names: its subject is that
indicator, never the verb (扭轉上一季, 扭转, 延续) nor the trend word (局面, 态势); a rate noun after it gives
its direction (跌幅: down)."""

from __future__ import annotations

from typing import Any

from store.facts import article_facts


def _fact(body: str, value: float) -> dict[str, Any]:
    facts = article_facts({"id": "a", "date": "2025-10-30", "title": "", "body": body})
    return next(f for f in facts if f["kind"] == "percent" and float(f["value"]) == value)


def test_the_change_a_turnaround_reverses_is_the_indicators() -> None:
    f = _fact("私人消費開支按年實質上升2.1%，扭轉上一季0.2%的跌幅。", 0.2)
    assert (f["subject"], f["change"], f["change_word"]) == ("私人消費開支", "down", "跌幅")
    f = _fact("私人消费支出同比增长2.1%，扭转上一季度0.2%的跌幅。", 0.2)
    assert (f["subject"], f["change"]) == ("私人消费支出", "down")


def test_a_trend_word_after_the_figure_is_not_what_was_measured() -> None:
    f = _fact("出口同比增长3.5%，扭转了上月下降1.2%的局面。", 1.2)
    assert (f["subject"], f["change"]) == ("出口", "down")
    assert _fact("工业增加值增长5%，延续了3.5%的增长态势。", 3.5)["subject"] == "工业增加值"
