"""A place of a ranking told before its holder is the holder's (store/facts/subject_rank_names.py), as a figure
ranked right after its name is (conventions: `深水埗3.92萬元排第三`)."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2026-02-10")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("全年營收最高的是廣達1.9兆元，排名第二的是仁寶9,800億元。", "第二", "仁寶"),
    ("對東協出口增幅居首；排名第三為日本，全年出口金額達三百一十億美元。", "第三", "日本"),
])
def test_a_place_told_before_its_holder_is_the_holders(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_the_first_places_of_a_ranking_stay_the_rankings() -> None:
    got = subjects("去年單位產值能耗下降最多的前三位是甲市、乙市和丙市。")
    assert got["前三位"] != "甲市"
