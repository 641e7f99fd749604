"""A figure planned rather than reported: the modal after the indicator (`赤字率拟按4%左右安排`, `赤字率拟为3%`) is no
part of what was measured, while 拟 opening the phrase stays, since it says the sum is planned, not raised
(`拟募集资金`, `拟发行超长期特别国债`: the labels keep it, and an analyst must not read a plan as a result)."""

from __future__ import annotations

from store.facts import article_facts


def _subject(body: str) -> str | None:
    facts = article_facts({"id": "a", "date": "2025-03-05", "title": "", "body": body})
    return next(f for f in facts if f["kind"] not in ("date", "year"))["subject"]


def test_the_planning_modal_leaves_the_subject() -> None:
    assert _subject("赤字率拟按4%左右安排。") == "赤字率"
    assert _subject("赤字率拟为3%。") == "赤字率"
    assert _subject("拟发行超长期特别国债1.3万亿元。") == "拟发行超长期特别国债"


def test_a_word_holding_the_character_keeps_it() -> None:
    assert _subject("模拟器价格300元。") == "模拟器价格"
