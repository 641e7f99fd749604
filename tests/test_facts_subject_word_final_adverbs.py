"""An adverb ending a subject is dropped (`正式辩论当事人仍` → 正式辩论当事人), but not a character that ends a
longer word: `快捷返还1.46亿元` (the seed's page) is 快捷返还, not 快捷返.  Sentences written for the rule."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "subject"), [
    ("快捷返还1.46亿元。", "快捷返还"),
    ("快速归还3.2亿元。", "快速归还"),
])
def test_a_word_ending_in_an_adverbs_character_stays_whole(text: str, subject: str) -> None:
    assert [f["subject"] for f in extract(text)] == [subject]


def test_an_adverb_of_its_own_is_still_dropped() -> None:
    assert [f["subject"] for f in extract("正式辩论当事人仍有5人。")] == ["正式辩论当事人"]
