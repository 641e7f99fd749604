"""Parts of a whole are counted in 部分 (sealed11, sealed15, sealed19): `提出了八部分30条政策举措`, `由助推器和飞船两部分组成`,
`總薪資包含經常性與非經常性兩部分` — not a count of 部 with 分 left over; `一部分` (some of) stays no figure."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("方案提出了八部分30条政策举措。", "八部分", 8),
    ("火箭由助推器和飞船两部分组成。", "两部分", 2),
    ("總薪資包含經常性與非經常性兩部分。", "兩部分", 2),
])
def test_parts_of_a_whole_are_counted_in_bu_fen(text: str, surface: str, value: int) -> None:
    f = next(f for f in extract(text) if f["surface"] == surface)
    assert (f["kind"], f["value"], f["unit"]) == ("count", value, "部分")


def test_some_of_is_no_count() -> None:
    assert not [f for f in extract("其中一部分资金用于偿还贷款。") if "部" in f["surface"]]
