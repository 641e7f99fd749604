"""A base's date typeset with spaces (`較 2025 年 12 月底的 4,279 億美元`) is one period, as written without them, so the
change after it stays the sentence's; `上月底` after the sentence's own month end is the end of the month before it
(`9月底…年增率由上月底之8.40%上升為8.85%`: August's end, as sealed19 labels it). Per30, from the tune sets' period misses
grouped by shape; each case failed on the code before."""

from __future__ import annotations

import pytest

from store.facts import extract


def facts(text: str, date: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "periods"), [
    ("金管局公布,香港于 2026 年 1 月底的官方外汇储备资产为 4,356 亿美元,较 2025 年 12 月底的 4,279 亿美元,按月升 1.79%。",
     "2026-02-06", {"4,279 亿美元": "2025-12-31", "1.79%": "2026-01-31"}),
    ("2026 年 1 月 5 日，恒指收報 26,000 點，較 2025 年 12 月 31 日的 25,630 點上升 370 點。",
     "2026-02-06", {"25,630 點": "2025-12-31", "370 點": "2026-01-05"}),
])
def test_a_bases_date_typeset_with_spaces_is_one_period(text: str, date: str, periods: dict) -> None:
    got = facts(text, date)
    assert {s: got[s]["period"] for s in periods} == periods


@pytest.mark.parametrize(("text", "periods"), [
    ("9月底全體貨幣機構放款與投資月增率為0.99%;年增率由上月底之8.40%上升為8.85%。",
     {"8.40%": "2024-08-31", "8.85%": "2024-09-30"}),
    ("9月底M2年增率由上月底的5.5%上升為5.8%。", {"5.5%": "2024-08-31", "5.8%": "2024-09-30"}),
])
def test_last_month_end_after_the_sentences_month_end_is_the_one_before_it(text: str, periods: dict) -> None:
    got = facts(text, "2024-10-24")
    assert {s: got[s]["period"] for s in periods} == periods


def test_last_month_end_alone_is_the_article_months_before() -> None:
    assert facts("截至上月底，全市新增就业2.1万人。", "2024-10-24")["2.1万人"]["period"] == "2024-09-30"
