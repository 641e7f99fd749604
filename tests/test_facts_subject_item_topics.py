"""A ；-item that names an indicator of its own opens a new topic (store/facts/context.py, _carried_subject):
a figure of it with no subject in its clause is that indicator's, not the one an earlier item lent the sentence.
A basis note (按不变价格计算) or a rate or share word alone (占比) opens none."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2020-11-20")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    # the index level in Chinese numerals is no figure, so nothing in the second item lends its name
    ("經濟部公布十月工業生產指數一二二,為歷年單月次高,年增率七點○六%,為連續第九個月正成長;"
     "十月製造業生產指數一二三點四四,為歷年單月次高,年增率七點六三%,為連續第九個月正成長。", "七點六三%", "製造業生產指數"),
    ("进口方面，同比增长83.9%，农产品表现亮眼；出口方面，同比增长87.5%，高新技术产品占比较高。", "87.5%", "出口"),
])
def test_an_item_naming_its_own_indicator_opens_a_new_topic(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("前三季度，国内生产总值现价总量为87万亿元；按不变价格计算，比上年增长8.4%。", "8.4%", "国内生产总值现价总量"),
    ("上半年,全国居民人均消费支出中,食品烟酒消费人均花销最大,达 3536 元;占比最高,为 30.8%。", "30.8%", "食品烟酒消费"),
])
def test_a_basis_or_a_share_word_after_the_semicolon_keeps_the_topic(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected
