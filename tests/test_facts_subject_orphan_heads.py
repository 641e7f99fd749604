"""A subject never ends with the first character of the verb after it (长|达, 应|到, 目|前, 排|在, 合|共): the
character goes back to its verb, the subject ends on the word before; a name that only ends in such a
character, with no such verb after it, keeps it."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2026-03-10")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("主席团会议应到210人，实到205人。", "210人", "主席团会议"),
    ("其中內地旅客合共有約120萬人次。", "約120萬人次", "內地旅客"),
    ("地震造成的裂缝长达30米。", "30米", "地震造成的裂缝"),
])
def test_the_verbs_first_character_goes_back_to_it(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_a_name_ending_in_such_a_character_keeps_it() -> None:
    assert subjects("金沙娱乐场和银河华都都各占15%。")["15%"] != "金沙娱乐场和银河"


def test_a_word_before_the_verb_keeps_its_last_character() -> None:
    assert subjects("新铺设的线路单条最长达80公里。")["80公里"] != "新铺设的线路单条最"
