"""A record qualifier before a figure (`達到創紀錄的每日1,353萬桶`, `达到创纪录的13908亿斤`) says
how high, not what: the figure is the indicator's named before 达到 (sealed gold: 原油產量),
and `預期將` (is expected to) trails the indicator rather than naming it."""

from __future__ import annotations

import pytest

from store.facts import extract

OIL = "美國能源資訊局周二表示，美國今年原油產量預期將達到創紀錄的每日1,353萬桶，高於此前預測的1,344萬桶。"


@pytest.mark.parametrize(("text", "surface", "expected"), [
    (OIL, "1,353萬桶", "美國原油產量"),
    (OIL, "1,344萬桶", "美國原油產量"),
    ("全国粮食产量达到创纪录的13908亿斤。", "13908亿斤", "全国粮食产量"),
    ("全年电影票房达到历史新高的425亿元。", "425亿元", "电影票房"),
])
def test_a_record_qualifier_names_nothing(text: str, surface: str, expected: str) -> None:
    got = {f["surface"]: f["subject"] for f in extract(text, date="2025-09-10")}
    assert got[surface] == expected


def test_an_expectation_named_as_such_stays() -> None:
    got = {f["surface"]: f["subject"] for f in extract("通胀预期升至2.5%。", date="2025-09-10")}
    assert got["2.5%"] == "通胀预期"
