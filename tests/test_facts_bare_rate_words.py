"""A rate named by its period word alone — 月增率, 月減率, 季增率, 年減率 (Taiwan's monthly and quarterly releases),
like 年增率 — is no subject: the rate is of the indicator the sentence names before it
(store/facts/subject_repairs.py)."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize("text, surface, want", [
    ("8月零售業營業額3,198億元，月增率5.3%，年增率-4.3%。", "5.3%", "零售業營業額"),
    ("10月批發業營業額1兆215億元，年增率3.1%，月增率-1.2%。", "-1.2%", "批發業營業額"),
    ("外銷訂單金額為552.3億美元，年增率12.5%，月減率2.1%。", "2.1%", "外銷訂單金額"),
    ("外销订单金额为552.3亿美元，年增率12.5%，月减率2.1%。", "2.1%", "外销订单金额"),
    ("第3季工業生產指數為108.5，季增率1.2%。", "1.2%", "工業生產指數"),
    ("9月餐飲業營業額548億元，月增率28.8%，年減率25.7%。", "25.7%", "餐飲業營業額"),
])
def test_a_bare_period_rate_takes_the_indicator_named_before_it(text: str, surface: str, want: str) -> None:
    got = [f["subject"] for f in extract(text, date="2025-10-20") if f["surface"] == surface]
    assert got == [want]
