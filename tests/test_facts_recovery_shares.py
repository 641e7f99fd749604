"""A share of a past level reached again is the share of the thing that recovered
(store/facts/subject_recovery_shares.py).

Each case is written for this file (never copied from the corpus): the class of wording.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _subjects(text: str, date: str = "2023-09-02") -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date=date) if f["kind"] not in ("date", "year")}


@pytest.mark.parametrize(("text", "surface", "want"), [
    ("澳門1月至8月份博彩毛收入達1,020億元,按年增長280.3%,即回復至2019年同期的53%。", "53%", "澳門博彩毛收入"),
    ("3月份幸运博彩毛收入录得186.1亿澳门元，按年增长6.2%，回复至疫前同期的75%水平。", "75%", "幸运博彩毛收入"),
    ("截至目前，国际客运航班已恢复至2019年的近七成。", "近七成", "国际客运航班"),
    ("入境旅客人次已逐步恢复到疫情前同期的九成。", "九成", "入境旅客人次"),
])
def test_a_recovered_share_is_the_share_of_what_recovered(text, surface, want):
    assert _subjects(text)[surface] == want


def test_a_subject_of_its_own_stays():
    got = _subjects("国际客运规模突破500万人次，恢复到2019年同期的83.8%。")
    assert got["83.8%"] == "国际客运规模"
