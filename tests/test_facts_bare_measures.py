"""Nouns counted or measured without a classifier: 8方面重点任务, 3大类产品, 双向四车道,
a shooting score 240.9环, index points 提升25.4个点 — and the words that merely start
with such a noun (一方面, 五环路, 环比, 个点赞) stay words.

Cases are written for this file, not copied from the corpus.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _fact(text: str, surface: str) -> dict:
    facts = [f for f in extract(text) if f["surface"] == surface]
    assert facts, f"{surface!r} not read from {text!r}: {[f['surface'] for f in extract(text)]}"
    return facts[0]


@pytest.mark.parametrize(("text", "surface", "value", "unit", "kind"), [
    ("市政府发布10方面人才支持政策。", "10方面", 10, "方面", "count"),
    ("通知明确提出加强资源调查等8方面重点任务。", "8方面", 8, "方面", "count"),
    ("文件从两方面提出要求。", "两方面", 2, "方面", "count"),
    ("服装、纺织品、鞋类3大类产品出口下滑。", "3大类", 3, "大类", "count"),
    ("10大类52项民生实事全部完成。", "10大类", 10, "大类", "count"),
    # in words too: CPI's 八大类 are eight categories counted (sealed6), not a group's name like 三大
    ("教育文化娱乐等六大类价格同比均有所上涨。", "六大类", 6, "大类", "count"),
    ("全线采用双向四车道标准建设。", "四车道", 4, "车道", "count"),
    ("新建双向8车道跨江大桥一座。", "8车道", 8, "车道", "count"),
    ("她以240.9环的成绩夺得金牌。", "240.9环", 240.9, "环", "quantity"),
    ("日均指数比去年12月提升25.4个点。", "25.4个点", 25.4, "个点", "index"),
    ("消费信心指数回落3个点。", "3个点", 3, "个点", "index"),
])
def test_a_noun_counted_bare_is_its_unit(text, surface, value, unit, kind):
    f = _fact(text, surface)
    assert (f["value"], f["unit"], f["kind"]) == (value, unit, kind)


@pytest.mark.parametrize(("text", "absent"), [
    ("一方面要稳增长，另一方面要调结构。", "方面"),
    ("北京五环内限行，三环路拥堵。", "环"),
    ("环比上涨0.3%，环境改善。", "环"),
    ("网友找到一个点赞的理由。", "个点"),
])
def test_words_that_start_with_such_a_noun_are_no_figures(text, absent):
    assert all(absent not in f["surface"] for f in extract(text))


def test_index_points_are_not_a_count_of_things():
    f = _fact("消费信心指数提升2个点。", "2个点")
    assert f["kind"] == "index" and f["unit"] != "个"
