"""A bond issue's number (`今年第六期人民币国债`, `第三期和第四期凭证式储蓄国债`) is a rank in 期 with no
period (store/facts/period_issues.issue_number; tests/gold/README.md, sealed4: issue numbers of
bonds are ranks in 期 without period — the majority of sets, see its label conflicts)."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "date", "rank"), [
    ("财政部今天（12月11日）在香港招标发行今年第六期人民币国债，发行规模60亿元。", "2024-12-11", "第六期"),
    ("财政部在香港成功发行今年第六期70亿元人民币国债。", "2025-12-10", "第六期"),
    ("从今天（5月10日）起到5月19日，财政部发行今年第三期和第四期凭证式储蓄国债。", "2024-05-10", "第四期"),
    ("財政部6月5日在香港發行今年第二期110億元人民幣國債。", "2024-06-05", "第二期"),
])
def test_a_bonds_issue_number_has_no_period(text: str, date: str, rank: str) -> None:
    got = {f["surface"]: f for f in extract(text, date=date)}
    assert got[rank]["kind"] == "rank" and got[rank]["period"] is None


def test_the_amount_issued_keeps_its_period() -> None:
    got = {f["surface"]: f["period"] for f in extract("财政部在香港成功发行今年第六期70亿元人民币国债。", date="2025-12-10")}
    assert got["70亿元人民币"] == "2025"


@pytest.mark.parametrize(("text", "date", "rank"), [
    ("央视网消息（新闻联播）：12月1日出版的第23期《求是》杂志将发表中共中央总书记的重要文章。", "2022-11-30", "第23期"),
    ("2026年1月1日出版的第1期《求是》杂志发表重要文章。", "2026-01-01", "第1期"),
])
def test_a_journals_issue_number_has_no_period(text: str, date: str, rank: str) -> None:
    got = {f["surface"]: f for f in extract(text, date=date)}
    assert got[rank]["kind"] == "rank" and got[rank]["period"] is None
