"""Funds given out: a transfer payment is a noun (`下达2023年农业相关转移支付2115亿元` is the transfer
payment's), and a sum given out before the fund it is (`下达14亿元农业防灾救灾资金`) is that fund's
(store/facts/subject_disbursed_funds.py).

Each case is written for this file (never copied from the corpus): the class of wording.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _subjects(text: str, date: str = "2024-01-10") -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date=date) if f["kind"] not in ("date", "year")}


@pytest.mark.parametrize(("text", "surface", "want"), [
    ("近日，中央财政提前下达2024年农业相关转移支付2230亿元。", "2230亿元", "农业相关转移支付"),
    ("日前，中央财政提前下达2024年农村综合改革转移支付160亿元，支持各地建设和美乡村。", "160亿元", "农村综合改革转移支付"),
    ("财政部近日下达1600亿元转移支付资金，比去年增加18亿元。", "1600亿元", "转移支付资金"),
    ("财政部近日下达1600亿元转移支付资金，比去年增加18亿元。", "18亿元", "转移支付资金"),
    ("今年以来，交通运输部累计下达3200亿元车购税资金支持地方交通建设。", "3200亿元", "车购税资金"),
    ("财政部紧急下达12亿元农业防灾救灾资金。", "12亿元", "农业防灾救灾资金"),
    ("我国下达1万亿元增发国债资金，重点支持灾后恢复重建。", "1万亿元", "增发国债资金"),
])
def test_a_fund_given_out_is_what_the_sum_measures(text, surface, want):
    assert _subjects(text)[surface] == want


@pytest.mark.parametrize(("text", "surface"), [
    ("中央财政还提前下达52亿元，支持引导各地开展农村厕所革命。", "52亿元"),     # no fund named
    ("在年内提前下达明年1000亿元“两重”建设项目清单。", "1000亿元"),             # a list, not a fund
])
def test_a_sum_given_out_with_no_fund_named_gets_none_from_this_rule(text, surface):
    assert _subjects(text)[surface] is None
