"""Budget speeches and plans (store/facts/subject_budget.py): the indicator planned, not the
noun it counts in, the verb before it or the word 预算."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2024-08-15")}


def test_a_level_reached_counted_in_a_noun_is_the_indicators_and_so_are_its_changes() -> None:
    got = subjects("在二零二四/二五年度,公务员编制会增至十九万五千二百个职位,较上年度增加一千六百个,增幅约百分之零点八。")
    for surface in ("十九万五千二百个", "一千六百个", "约百分之零点八"):
        assert got[surface] == "公务员编制"


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("本港财政储备至二零二五年三月底预计为七千三百三十亿元,相当于本地生产总值百分之二十三点八。",
     "七千三百三十亿元", "本港财政储备"),
    ("本港财政储备至二零二五年三月底预计为七千三百三十亿元,相当于本地生产总值百分之二十三点八。",
     "百分之二十三点八", "本港财政储备"),
    ("印花税收入预算为七百一十亿元,较上年度修订预算下跌百分之五。", "七百一十亿元", "印花税收入"),
    ("印花税收入预算为七百一十亿元,较上年度修订预算下跌百分之五。", "百分之五", "印花税收入"),
    ("经营开支按年增加百分之九,主要涉及长者生活津贴的八十亿元开支。", "八十亿元", "长者生活津贴"),
])
def test_a_reserve_at_a_date_a_budgets_indicator_and_the_spending_named(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_an_allocation_named_a_budget_keeps_the_word() -> None:
    got = subjects("国家有关部门已经下达2024年大气污染防治资金预算300亿元。")
    assert got["300亿元"] is not None and got["300亿元"].endswith("预算")
