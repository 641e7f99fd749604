"""A figure between a bare measure and the thing it measures (store/facts/subject_measure_of.py):
`总投资12亿元的污水处理厂` is the plant's investment — subject `污水处理厂总投资`, neither the bare `总投资`
nor the plant alone."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-03-10")}


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("在河南，总投资12亿元的污水处理厂已经建成。", "12亿元", "污水处理厂总投资"),
    ("首期投资达8亿元的冷链物流园落户当地。", "8亿元", "冷链物流园首期投资"),
    ("这个面积20平方公里的湿地公园拥有300多种鸟类。", "20平方公里", "湿地公园面积"),
    ("全省将投放总额为5000万元的文旅消费券。", "5000万元", "文旅消费券总额"),
    ("其中包括总投资30亿元的储能电池工厂。", "30亿元", "储能电池工厂总投资"),
    ("全长2360米的跨江大桥主塔顺利封顶。", "2360米", "跨江大桥主塔全长"),
    ("一批总投资超过200亿元的项目集中开工。", "超过200亿元", "项目总投资"),
    ("全长48公里的沿江高速南通段今天通车。", "48公里", "沿江高速南通段全长"),
])
def test_the_figure_is_the_measure_of_the_noun_after_it(text: str, surface: str, subject: str) -> None:
    assert subjects(text)[surface] == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    # the investor is named before the measure: the clause rules' subject stands
    ("由沿海企业投资3亿元的零部件项目近日投产。", "3亿元", "沿海企业投资"),
    # a sum over a list of projects is no one project's
    ("总额120亿元的智能装备产业园、新材料产业园集中签约。", "120亿元", "总额"),
])
def test_a_measure_with_an_owner_or_over_a_list_is_left_alone(text: str, surface: str, subject: str) -> None:
    assert subjects(text)[surface] == subject


@pytest.mark.parametrize(("text", "surface"), [
    ("到2030年实现产业总规模达2万亿元的发展目标。", "2万亿元"),     # an aim names no owner
    ("占全省用电量近三成的工业用电稳步增长。", "近三成"),             # a share is the share rules'
])
def test_no_thing_measured_after_it_no_joined_subject(text: str, surface: str) -> None:
    assert not (subjects(text)[surface] or "").endswith(("总规模", "用电量"))
