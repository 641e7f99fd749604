"""A tally of how many items of a group rose, held and fell (`“6涨4平19跌”`, `15涨2平53跌`, `3升2降`): each
number a count without a unit, of the group named before the measure (大类行业, 原材料), with no change of its
own; a team's record (`3胜2平1负`) and an alternation in words (`一涨一跌`) are no tally.  Sentences written for
the rule after the sealed15 sample's statistical bulletins."""

from __future__ import annotations

import pytest

from store.facts import extract


def counts(text: str) -> list[tuple]:
    return [(f["surface"], f["value"], f["unit"], f["subject"], f["change"]) for f in extract(text, date="2024-11-15")
            if f["kind"] == "count"]


@pytest.mark.parametrize(("text", "want"), [
    ("一是大类行业出厂价格同比“6涨4平19跌”。",
     [("6", 6, None, "大类行业", None), ("4", 4, None, "大类行业", None), ("19", 19, None, "大类行业", None)]),
    ("二是原材料购进价格同比“2涨7跌”。", [("2", 2, None, "原材料", None), ("7", 7, None, "原材料", None)]),
    ("主要行業出廠價格環比12漲3平14跌。",
     [("12", 12, None, "主要行業", None), ("3", 3, None, "主要行業", None), ("14", 14, None, "主要行業", None)]),
    ("各省份居民收入3升2降。", [("3", 3, None, "各省份居民收入", None), ("2", 2, None, "各省份居民收入", None)]),
])
def test_a_tally_of_rises_and_falls_counts_the_groups_items(text: str, want: list[tuple]) -> None:
    assert counts(text) == want


@pytest.mark.parametrize("text", ["主队本赛季3胜2平1负。", "股价一涨一跌。", "价格连续3涨。"])
def test_a_record_or_a_run_is_no_tally(text: str) -> None:
    assert not [f for f in extract(text) if f["kind"] == "count" and f["unit"] is None]
