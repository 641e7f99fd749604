"""A period a record is ranked against (issue 10, sealed11's export-orders line): after `僅次於`/`仅次于`
(`10月外銷訂單…創歷年同月新高、僅次於9月創下的歷史單月高點，年增率達25.1％`) the month or year is a base
like 高于's, never the period of the figures after it: they keep the sentence's own (2025-10), and
a run (`連續9個月`) ends there."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f.get("period") for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "surface", "expected"), [
    ("經濟部今(20)日公布，10月外銷訂單金額693.7億美元，創歷年同月新高、僅次於9月創下的歷史單月高點，年增率達25.1％，連續9個月正成長。",
     "2025-11-20", "25.1％", "2025-10"),
    ("經濟部今(20)日公布，10月外銷訂單金額693.7億美元，創歷年同月新高、僅次於9月創下的歷史單月高點，年增率達25.1％，連續9個月正成長。",
     "2025-11-20", "9個月", "2025-02/2025-10"),
    ("5月份出口额达3100亿美元，仅次于3月份的历史高点，同比增长7.6%。", "2025-06-09", "7.6%", "2025-05"),
    ("2025年全国旅客发送量42亿人次，规模仅次于2019年，比上年增长4%。", "2026-01-20", "4%", "2025"),
])
def test_a_period_ranked_against_is_no_period_of_the_figures_after(text: str, date: str, surface: str, expected: str) -> None:
    assert periods(text, date)[surface] == expected
