"""A Chinese numeral after a noun ending in 数 (人数, 户数, 次数) is a figure — `失業人數四十八萬一千人` is
481,000 people — while 数/几 directly before a round magnitude (`数百家`, `几十万`, `数十亿元`) is a rough figure,
read at the magnitude with 数/几 as its qualifier (found31: the fresh samples' call since sealed28)."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("失業率四‧三五％，失業人數四十八萬一千人。", "四十八萬一千人", 481_000),
    ("就业人数四十八万人。", "四十八万人", 480_000),
    ("参保户数一百二十万户。", "一百二十万户", 1_200_000),
])
def test_a_numeral_after_a_counted_noun_is_a_figure(text: str, surface: str, value: int) -> None:
    assert {f["surface"]: f["value"] for f in extract(text)}[surface] == value


@pytest.mark.parametrize(("text", "value", "qualifier"), [
    ("数百家企业参展。", 100, "数"), ("几十万人观看。", 100_000, "几"), ("投入数十亿元。", 1_000_000_000, "数")])
def test_a_vague_count_is_a_rough_figure(text: str, value: int, qualifier: str) -> None:
    assert [(f["value"], f["qualifier"]) for f in extract(text)] == [(value, qualifier)]
