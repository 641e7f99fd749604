"""Ordinals that rank: 连续第二年负增长 (the second year running), 第八步降税, 第一筆公債標售,
历史第二高 / 第三大贸易伙伴 (a place before a superlative).  第二年 alone (the next year) and
第三方 stay words.  Cases are written for this file, not copied from the corpus.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _ranks(text: str) -> list[tuple]:
    return [(f["surface"], f["value"], f["unit"]) for f in extract(text) if f["kind"] == "rank"]


@pytest.mark.parametrize(("text", "want"), [
    ("经价格调整后，德国经济连续第二年负增长。", ("第二年", 2, "年")),
    ("全球外国直接投资连续第三年下滑。", ("第三年", 3, "年")),
    ("出口连续第5年保持增长。", ("第5年", 5, "年")),
    ("将对62项产品的最惠国税率实施第八步降税。", ("第八步", 8, "步")),
    ("中央銀行昨日進行今年的第一筆公債標售。", ("第一筆", 1, "笔")),
    ("全国夏粮产量是历史第二高产年。", ("第二", 2, None)),
    ("东盟是我国第一大贸易伙伴。", ("第一", 1, None)),
])
def test_an_ordinal_that_ranks_is_a_rank(text, want):
    got = _ranks(text)
    assert any(g[1:] == want[1:] and want[0] in g[0] for g in got), got


@pytest.mark.parametrize("text", [
    "第二年他又来到北京工作。",
    "引入第三方机构评估。",
    "第一时间发布预警。",
])
def test_ordinals_that_do_not_rank_are_no_figures(text):
    assert _ranks(text) == []
