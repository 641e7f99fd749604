"""Numerals that state no figure: "not even one" (`连一块钱都没有`, `连一次也不去`) is a negation, and the length of
a slogan told before the slogan (`六个字“白、艳、长、反、小、散”`) names it, as `十六字方针` does.  Sentences written
for the rule."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "part"), [
    ("家里困难，他兜里连一块钱都没有。", "一块钱"),
    ("这条新开的步道，他连一次也没有走过。", "一次"),
    ("专家提醒选购蔬菜时牢记八个字“看色、闻味、摸质、问源”。", "八个字"),
    ("口诀只有四字：“一看二闻”。", "四字"),
])
def test_a_negation_or_a_slogan_s_length_is_no_figure(text: str, part: str) -> None:
    i = text.index(part)
    assert not [f for f in extract(text, date="2024-06-01") if f["start"] < i + len(part) and f["end"] > i]


def test_counts_beside_them_stay() -> None:
    facts = extract("他连一次都没去过，但他的同学今年去了3次。", date="2024-06-01")
    assert [f["surface"] for f in facts] == ["3次"]
