"""`今年以來` (issue 10): January up to the article's month (2026-01/2026-03 in March); told in
January it is January itself, 2026-01 (sealed11's call: `今年以來累計漲幅超過20%` of 2026-01-28), not
the whole year."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f.get("period") for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "surface", "expected"), [
    ("現貨黃金價格上漲0.6%至每盎司5219.97美元，今年以來累計漲幅超過20%。", "2026-01-28", "超過20%", "2026-01"),
    ("今年以来，全国铁路发送旅客3.2亿人次。", "2025-01-20", "3.2亿人次", "2025-01"),
    ("今年以来，出口增长5%。", "2026-03-28", "5%", "2026-01/2026-03"),
    ("今年以来，累计发行专项债2.1万亿元。", "2025-06-30", "2.1万亿元", "2025-01/2025-06"),
])
def test_the_year_so_far_is_its_months(text: str, date: str, surface: str, expected: str) -> None:
    assert periods(text, date)[surface] == expected
