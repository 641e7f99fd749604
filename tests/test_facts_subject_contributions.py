"""A contribution in points names its contributor (tests/gold/README.md, sealed sample:
`拉动…1.1个百分点`, `贡献…7.21个百分点` → the contributor); in `X對Y貢獻N個百分點` the
contributor stands before 對, not the Y it contributes to."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-11-28")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("其中，國外淨需求對GDP（國內生產毛額）成長貢獻七．二一個百分點、創十七年新高。", "七．二一個百分點", "國外淨需求"),
    ("輸出與輸入相抵，國外淨需求對經濟成長貢獻七．二一個百分點、上修四．五三個百分點。", "四．五三個百分點", "國外淨需求"),
    ("民間消費對經濟成長貢獻1.52個百分點。", "1.52個百分點", "民間消費"),
    ("最终消费支出对经济增长贡献2.6个百分点。", "2.6个百分点", "最终消费支出"),
])
def test_the_contributor_stands_before_dui(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("最终消费支出拉动GDP增长2.6个百分点。", "2.6个百分点", "最终消费支出"),
    ("服务业对经济增长的贡献率为60.2%。", "60.2%", "服务业对经济增长的贡献率"),
    ("对外贸易拉动经济增长0.8个百分点。", "0.8个百分点", "对外贸易"),
])
def test_contributions_without_dui_and_rates_named_with_it_stay_whole(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected
