"""Verbs of reaching in Hong Kong and Taiwan market reports (`升抵`, `涨抵`, `上看`) are no part of
the price's subject, nor is the session before them (`盤中一度`): `白金盤中一度升抵每英兩1,665.57美元`
is 白金's price."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("白銀漲幅一度達到4%;白金盤中一度升抵每英兩1,665.57美元。", "1,665.57美元", "白金"),
    ("分析師預期國際金價上看每英兩4,500美元。", "4,500美元", "國際金價"),   # the forecaster and its verb go (subj50)
    ("现货黄金早盘涨抵每盎司2,050美元。", "2,050美元", "现货黄金"),
])
def test_the_verb_and_the_session_are_cut(text: str, surface: str, subject: str) -> None:
    assert {f["surface"]: f["subject"] for f in extract(text, date="2025-11-01")}[surface] == subject


def test_a_lone_verb_of_reaching_is_no_subject() -> None:
    facts = extract("白銀漲幅一度達到4%,升抵每英兩52美元。", date="2025-11-01")
    assert {f["surface"]: f["subject"] for f in facts}["52美元"] != "升抵"
