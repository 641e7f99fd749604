"""The first quarter written out (tests/gold/README.md, sealed7: `今年头一个季度，出口订单同比增长了300%` in
April 2025 → 2025Q1): 头一个季度 and 頭一個季度 are 首季/一季度, not the year."""

from __future__ import annotations

import pytest

from store.facts import extract


def period(text: str, date: str, surface: str) -> str | None:
    return next(f["period"] for f in extract(text, date=date) if f["surface"] == surface)


@pytest.mark.parametrize(("text", "date", "surface", "want"), [
    ("今年头一个季度，出口订单同比增长了300%。", "2025-04-09", "300%", "2025Q1"),
    ("今年頭一個季度，出口訂單按年增長了30%。", "2025-04-09", "30%", "2025Q1"),
    ("2024年头一个季度，该市外贸进出口总值达1200亿元。", "2024-05-20", "1200亿元", "2024Q1"),
    ("今年首季，訪港旅客按年增長三成。", "2024-04-30", "三成", "2024Q1"),
])
def test_the_first_quarter_written_out_is_q1(text: str, date: str, surface: str, want: str) -> None:
    assert period(text, date, surface) == want
