"""Two changes told as a pair after two levels are the levels' one by one (store/facts/subject_level_pairs.py);
a verb phrase after a figure that opens with an adverb is no subject (store/facts/subject_adverb_tails.py).

Each case is written for this file (never copied from the corpus): the class of wording.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _subjects(text: str, date: str = "2026-01-10") -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date=date) if f["kind"] not in ("date", "year")}


@pytest.mark.parametrize(("text", "first", "second", "want"), [
    ("2012年博彩業持續增長,行業總收益達3,041.6億元,總支出為1,402.3億元,較2011年大幅增加13%及12%。",
     "13%", "12%", ("行業總收益", "總支出")),
    ("去年出口6120.3億美元、進口4620.8億美元，年增率達31.2%及20.4%。",
     "31.2%", "20.4%", ("出口", "進口")),
    ("全年营业收入12.6亿元，净利润2.1亿元，同比增长5.2%和3.4%。", "5.2%", "3.4%", ("营业收入", "净利润")),
])
def test_a_pair_of_changes_after_two_levels_is_theirs_in_order(text, first, second, want):
    got = _subjects(text)
    assert (got[first], got[second]) == want


def test_a_pair_after_one_level_keeps_its_subject():
    got = _subjects("营业收入12.6亿元，同比增长5.2%和3.4%。")
    assert (got["5.2%"], got["3.4%"]) == ("营业收入", "营业收入")


def test_a_clause_that_names_its_subject_keeps_it():
    got = _subjects("出口6120.3億美元、進口4620.8億美元，出口年增率達31.2%及20.4%。")
    assert got["20.4%"] != "進口"


@pytest.mark.parametrize(("text", "surface", "want"), [
    ("去年出口6120.3億美元，年增率達31.2%，出超1498.2億美元亦刷新紀錄。", "1498.2億美元", "出超"),
    ("去年貿易順差1200億美元也創新高。", "1200億美元", "貿易順差"),
])
def test_an_adverb_verb_phrase_after_the_figure_is_no_subject(text, surface, want):
    assert _subjects(text)[surface] == want
