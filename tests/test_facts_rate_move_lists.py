"""A rate move naming no rate has no subject, item by item (tests/gold/README.md: `降息1碼`,
`加息75个基点` have none; `分别加息25、50、75、75个基点` gives each bare number points without
one), and a level moved into a target range is the rate's, not the range's
(`將聯邦基金利率上調四分之一個百分點,至0.25%-0.5%的目標區間` → 聯邦基金利率)."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2022-08-10")
            if f["kind"] not in ("date", "year")}


@pytest.mark.parametrize(("text", "surfaces"), [
    ("美联储在今年3月、5月、6月分别加息25、50、75个基点。", ("25", "50", "75个基点")),
    ("美聯儲今年分別加息25、50、75個基點。", ("25", "50", "75個基點")),
])
def test_the_items_of_a_rate_move_list_name_no_rate(text: str, surfaces: tuple[str, ...]) -> None:
    got = subjects(text)
    assert [got[s] for s in surfaces] == [None] * len(surfaces)


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("美國央行宣佈將聯邦基金利率上調四分之一個百分點,至0.25%-0.5%的目標區間。", "0.25%-0.5%", "聯邦基金利率"),
    ("美联储宣布将联邦基金利率上调75个基点,至2.25%-2.5%的目标区间。", "2.25%-2.5%", "联邦基金利率"),
])
def test_a_level_in_a_target_range_is_the_rates(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected
