"""A radio or agency bulletin names its indicator in a clause of its own and states the change in
the next (the sealed4 sample's Hong Kong radio reprints of NBS data, as a rule): `其中七月份零售
銷售,增長7.6%`, `七月份全國工業增長,增長4.8%,回落1.5個百分點` — the figures measure that
indicator, whatever period the topic clause names and with its 其中 and repeated change word
left out.  Sentences written for the rule."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2019-08-14") if f["kind"] not in ("date", "year")}


@pytest.mark.parametrize(("text", "want"), [
    ("其中七月份零售銷售,增長7.6%,較對上一個月回落2.2個百分點。", {"7.6%": "零售銷售", "2.2個百分點": "零售銷售"}),
    ("七月份全國工業增長,增長4.8%,回落1.5個百分點。", {"4.8%": "全國工業", "1.5個百分點": "全國工業"}),
    ("其中7月份社会消费品零售总额,增长7.6%。", {"7.6%": "社会消费品零售总额"}),
    ("今年上半年固定资产投资,增长5.8%。", {"5.8%": "固定资产投资"}),
    ("七月份出口下降,下降3.2%。", {"3.2%": "出口"}),
])
def test_the_topic_clause_names_what_the_change_after_it_measures(text: str, want: dict[str, str]) -> None:
    assert subjects(text) == want


@pytest.mark.parametrize(("text", "surface", "not_subject"), [
    # a clause that only dates the figures is no topic: the list's own subject stays
    ("2016年到2019年一季度的报告期内，公司的预收款分别为4.13亿、5.59亿、6.72亿，5.92亿元。", "5.92亿元", "报告期内"),
    # a clause that states its own change is no topic of the next figure
    ("归母净利润由亏损1576万元变为亏损712万元,亏损额有所减少;扣非归母净利润亏损1164万元。", "1164万元", "亏损额有所"),
])
def test_a_clause_that_is_no_bare_topic_lends_no_subject(text: str, surface: str, not_subject: str) -> None:
    assert subjects(text).get(surface) != not_subject
