"""Scores on a scale are quantities in 分, in either script, when the sentence names a score
(`以10分為滿分計算`, `訪港滿意度有8.9分，微升0.1分`), as `满意度得分为82.2分` is; earnings per share
in cents keep 分 as money even behind 约 and 人民币 (`每股基本亏损约人民币2.01分` → −2.01 分, qualifier 约).
Minutes (`3分钟`) and clock times stay what they are (tests/gold/README.md, sealed6).

Every sentence is written for the test (never copied from a corpus).
"""

from __future__ import annotations

from store.facts import extract


def facts(text: str) -> dict:
    return {f["surface"]: (f["kind"], float(f["value"]), f["unit"], f["qualifier"]) for f in extract(text)}


def test_scores_named_in_traditional_script() -> None:
    got = facts("以10分為滿分計算，過夜旅客的訪港滿意度有8.9分，微升0.1分。")
    assert got["10分"] == ("quantity", 10, "分", None)
    assert got["8.9分"] == ("quantity", 8.9, "分", None)
    assert got["0.1分"] == ("quantity", 0.1, "分", None)


def test_a_full_mark_named_after_the_score() -> None:
    assert facts("按5分为满分，顾客评价为4.6分。")["5分"] == ("quantity", 5, "分", None)


def test_cents_per_share_behind_a_qualifier_and_the_currency() -> None:
    got = facts("每股基本亏损约人民币2.01分(二零一九年:每股基本盈利约人民币3.43分)。")
    assert got["2.01分"] == ("money", -2.01, "分", "约")
    assert got["3.43分"] == ("money", 3.43, "分", "约")


def test_minutes_stay_minutes() -> None:
    assert "3分" not in facts("列车每3分钟一班，满意度很高。")
