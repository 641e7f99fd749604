"""A bracket saying what an indicator leaves out is no subject: the figures after it are the indicator's,
named before the bracket (store/facts/subject_exclusion_brackets.py).

Each case is written for this file (never copied from the corpus): the class of wording.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _subjects(text: str, date: str = "2024-03-20") -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date=date) if f["kind"] not in ("date", "year")}


@pytest.mark.parametrize(("text", "indicator", "surfaces"), [
    ("经营利润(不包括其他收益、投资物业公平值变动及出售旧厂房所在土地的相关直接开支)由上年度的512.3百万港元增长约8.2%至554.3百万港元。",
     "经营利润", ("512.3百万港元", "约8.2%", "554.3百万港元")),
    ("年度利润(不包括其他收益、出售附属公司所得的收益及所得税支出)由上年度的301.2百万港元减少约4.1%至288.8百万港元。",
     "年度利润", ("301.2百万港元", "约4.1%", "288.8百万港元")),
    ("核心经营利润（未计利息、税项及出售附属公司的收益）为12.3亿港元，增长5%。",
     "核心经营利润", ("12.3亿港元", "5%")),
    ("基本溢利(撇除投资物业重估及出售资产的收益)為45.6億港元，按年上升3.2%。",
     "基本溢利", ("45.6億港元", "3.2%")),
])
def test_figures_after_an_exclusion_bracket_are_the_indicators(text, indicator, surfaces):
    got = _subjects(text)
    for s in surfaces:
        assert got[s] == indicator, (s, got[s])


@pytest.mark.parametrize(("text", "surface", "want"), [
    # the subject is written after the bracket: it stays
    ("我国（不含港澳台）发明专利有效量达到401.5万件。", "401.5万件", "发明专利有效量"),
    # a bracket after the figure's clause is none of its business
    ("营业收入为8.2亿元，经营利润（不含其他收益）为1.1亿元。", "8.2亿元", "营业收入"),
])
def test_subjects_outside_the_bracket_stay(text, surface, want):
    assert _subjects(text)[surface] == want
