"""A casualty tally `致1死3伤` is two counts, the dead and the injured, in the words written (as a medal
tally `30金13银8铜` is three counts in their medals); their subject is the event, not the verb 致/造成."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "dead", "injured"), [
    ("立陶宛首都发生货机坠毁事故致1死3伤。", 1, 3),
    ("以军空袭也门首都萨那致6死86伤。", 6, 86),
    ("美国纽约市发生枪击事件致3死9伤。", 3, 9),
    ("美国一酒吧发生枪战 2死7伤", 2, 7),
    ("日本强降雪天气已致10死48伤。", 10, 48),
])
def test_a_casualty_tally_is_two_counts(text: str, dead: int, injured: int) -> None:
    got = {f["unit"]: f["value"] for f in extract(text) if f["kind"] == "count"}
    assert got == {"死": dead, "伤": injured}


def test_the_tally_belongs_to_the_event_not_to_the_verb() -> None:
    got = [f["subject"] for f in extract("立陶宛首都发生货机坠毁事故致1死3伤。")]
    assert got == ["立陶宛首都发生货机坠毁事故"] * 2


def test_a_qualifier_before_the_tally_is_kept() -> None:
    f = next(f for f in extract("胡塞武装称美以袭击造成至少4死39伤。") if f["unit"] == "死")
    assert (f["value"], f["qualifier"]) == (4, "至少")
