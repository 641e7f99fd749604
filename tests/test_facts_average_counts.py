"""An average count may have decimals: `家庭住戶平均人數錄2.7人`, `户均人口为2.62人`, and the same average's
earlier level in its sentence (`…,五年前報2.8人`).  Any other count written with a decimal point is a section
or item number (`第2.2本`), no figure."""

from __future__ import annotations

from decimal import Decimal

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "values"), [
    ("家庭住戶平均人數錄2.6人,按季持平,五年前報2.9人。", ["2.6", "2.9"]),
    ("全市户均人口为2.62人,比上次普查减少0.3人。", ["2.62", "0.3"]),
    ("平均每个家庭户的人口为2.51人。", ["2.51"]),
])
def test_an_average_count_keeps_its_decimals(text: str, values: list[str]) -> None:
    counts = [f for f in extract(text, date="2024-10-25") if f["kind"] == "count"]
    assert [Decimal(str(f["value"])) for f in counts] == [Decimal(v) for v in values]
    assert all(f["unit"] == "人" for f in counts)


def test_a_numbered_item_is_still_no_count() -> None:
    assert not [f for f in extract("具体要求详见手册第2.2本。", date="2024-10-25") if f["kind"] == "count"]
