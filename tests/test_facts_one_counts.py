"""One of a tally (`有两家预计亏损…，一家亏损在20亿至50亿元之间`, `1996年两次,1997年一次`, `擁有一間中式酒樓,另…三間`,
`一个刑侦支队、14个手机号`) is a count of 1 beside its siblings, as sealed15, sealed7 and heldback label it.  Alone,
一 before a measure word is an article (`一家企业表示`), and 每一块, 第十二次…一次, 千条万条…一条 give no sibling."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("57家公司中,有两家预计亏损超过百亿元,一家亏损在20亿至50亿元之间。", "一家", "家"),
    ("1996年两次,1997年一次,利率连续调低。", "一次", "次"),
    ("集團於香港擁有一間中式酒樓,另於深圳擁有三間中式酒樓。", "一間", "间"),
    ("一个刑侦支队、14个手机号，面对海量的解封需求。", "一个", "个"),
])
def test_one_beside_its_siblings_is_a_count(text: str, surface: str, unit: str) -> None:
    assert [(f["kind"], f["value"], f["unit"]) for f in extract(text) if f["surface"] == surface] == [("count", 1, unit)]


@pytest.mark.parametrize(("text", "surface"), [
    ("一家企业表示将扩大投资。", "一家"),
    ("空域被划分成了179块，每一块什么时候能飞都有规定。", "一块"),
    ("第十二次全国代表大会是一次重要的会议。", "一次"),
    ("工作讲起来有千条万条，最根本的一条是团结。", "一条"),
    ("一个重要原因是3个方面的问题。", "一个"),
])
def test_one_as_an_article_is_no_count(text: str, surface: str) -> None:
    assert not [f for f in extract(text) if f["surface"] == surface]
