"""Bounds naming a class (found28): a figure with 及以上/及以下 (或以上, 或以下) and the noun it bounds right after
names a class of that noun (`有2个及以上未成年子女的家庭`, `游览两个及以上景区`, `5000吨及以上货轮`, `6级及以上地震`,
`年营收500万元及以下的个体工商户`): no figure, as `5000万元及以上项目` names a class of projects; a bound closing
its clause (`每周通邮五次及以上`), before the figure's own measure (`保持在60%及以上的水平`, `30%或以上的升幅`), before
等, a span of time before a verb (`需提前两天及以上预约`), or a target (`培育5个及以上千亿级产业集群`) stays a figure,
its qualifier 以上 (及以上 and 或以上 are the bound 以上).
"""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "surface"), [
    ("家庭中有2个及以上未成年子女的，每月可多扣除1000元。", "2个"),
    ("不少游客计划在假期游览两个及以上景区。", "两个"),
    ("预订3个及以上房间的团体订单明显增多。", "3个"),
    ("该市对二套及以上住房的首付比例作了调整。", "二套"),
    ("改造完成后，5000吨及以上货轮可直接进港。", "5000吨"),
    ("该地区今年已记录到6级及以上地震。", "6级"),
    ("贷款重点投向年营收500万元及以下的个体工商户。", "500万元"),
])
def test_a_bound_before_its_noun_names_a_class(text: str, surface: str) -> None:
    assert not [f for f in extract(text) if f["surface"].startswith(surface)]


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("这个乡的邮路每周通邮五次及以上。", "五次及以上", 5),
    ("合同期限一般为3年及以上。", "3年及以上", 3),
    ("培育5个及以上千亿级产业集群。", "5个及以上", 5),
    ("力争绿色建筑占比达到70%及以上等3项指标。", "70%及以上", 70),
    ("参观者需提前两天及以上在线预约。", "两天及以上", 2),
    ("该指数已连续三个季度保持在60%及以上的水平。", "60%及以上", 60),   # the level, its own measure (sealed10's call)
    ("多個品類均錄得30%或以上的升幅。", "30%或以上", 30),              # the rise itself (sealed6's call)
])
def test_a_bound_closing_its_clause_or_a_target_is_a_figure_with_its_bound(text: str, surface: str,
                                                                           value: int) -> None:
    got = {f["surface"]: (f["value"], f["qualifier"]) for f in extract(text)}
    assert got[surface] == (value, "以上")
