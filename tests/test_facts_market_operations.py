"""Open-market operations: the net injection a central bank reports (`实现净投放1000亿元`) is what was measured —
净投放 is a noun here, as 净回笼 is, not a verb to cut away (which left the sum the operation rate's subject)."""

from __future__ import annotations

from store.facts import article_facts


def _subject(body: str, value: float) -> str | None:
    facts = article_facts({"id": "a", "date": "2025-11-20", "title": "", "body": body})
    return next(f for f in facts if f["kind"] == "money" and float(f["value"]) == value)["subject"]


def test_a_net_injection_is_named_as_one() -> None:
    body = "央行开展3000亿元7天期逆回购操作，操作利率为1.40%，当日有2000亿元逆回购到期，实现净投放1000亿元。"
    assert _subject(body, 100000000000) == "净投放"
    assert _subject("因有3000亿元逆回购到期，当日实现净回笼1000亿元。", 100000000000) == "净回笼"
