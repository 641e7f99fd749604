"""A coordination of items before one figure keeps each item whole where the dictionary lacks the item's
first word: `通机装备` (general-purpose machinery) segments as 通|机|装备, and 通 read as a verb cut the
subject to `机装备、微耕机产量` on the seed's own page.  A one-character verb followed by a lone character
no word holds opens an unknown word; a verb followed by a word (跨河南, 带动汽车) still ends the item.
Sentences written for the rule (the first is the seed's)."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "subject"), [
    ("功率半导体产能全国第三,通机装备、微耕机产量占全国40%和70%。", "通机装备、微耕机产量"),
    ("通机、微耕机产量占全国40%。", "通机、微耕机产量"),
    ("挖机、装载机、运输救援车辆150多台参与救援。", "挖机、装载机、运输救援车辆"),
])
def test_an_item_opening_with_an_unknown_word_stays_whole(text: str, subject: str) -> None:
    assert {f["subject"] for f in extract(text) if f["kind"] not in ("year", "date", "rank")} == {subject}


@pytest.mark.parametrize(("text", "subject"), [
    ("地跨河南、湖北等省面积10万平方公里。", "河南、湖北等省面积"),
    ("带动汽车、家电等消费增长5%。", "汽车、家电等消费"),
])
def test_a_verb_before_a_word_still_ends_the_item(text: str, subject: str) -> None:
    assert [f["subject"] for f in extract(text)] == [subject]
