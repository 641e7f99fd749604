"""A class named by a size is a label, not a figure (tests/gold/README.md: `130吨级`, `10万吨级`, `万亿级`,
`2000万吨级` are traps), whatever the unit: `3000万方级油田`, `90座级客机`, `5000亿元级产业集群`,
`2.4万标箱级集装箱船`, `10公里级垂直起降`, `0.01毫米级扫描`, the weight class `81公斤以上级`; the count of
such things stays a count (`10个亿吨级大油田` → 10 个, not 10亿 tonnes).  A school grade (`四年级`) is a
label too, while a wind force (`6级`) and a move in a ranking (`下跌一级`) are figures."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize("text", [
    "投产以来相继开发了多个储量规模3000万方级以上的油田。",
    "ARJ21是一款90座级的中短程喷气式支线客机。",
    "努力形成3个5000亿元级产业集群。",
    "世界上最大的2.4万标箱级集装箱船顺利离开长江口。",
    "试验箭完成10公里级垂直起降返回飞行试验。",
    "0.01毫米级扫描技术让千年碑刻重现。",
    "将空气动力计算效率从一天缩短到10秒级。",
    "举重比赛最后一个项目是女子81公斤以上级的比赛。",
    "小学四年级女生救５岁男孩。",
    "适合一到六年级小学生阅读。",
])
def test_a_size_class_or_a_grade_is_no_figure(text: str) -> None:
    bad = [f["surface"] for f in extract(text)
           if text[f["end"]:f["end"] + 1] == "级" or text[f["end"]:f["end"] + 3] in ("以上级", "以下级")]
    assert bad == []


@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    ("“十四五”时期，我国新增10个亿吨级大油田、19个千亿方级大气田。", "10个", 10, "个"),
    ("“十四五”时期，我国新增10个亿吨级大油田、19个千亿方级大气田。", "19个", 19, "个"),
    ("努力形成3个5000亿元级产业集群。", "3个", 3, "个"),
    ("项目总投资两个亿。", "两个亿", 200000000, "元"),
])
def test_the_count_of_a_class_stays_a_count(text: str, surface: str, value: int, unit: str) -> None:
    f = next(f for f in extract(text) if f["surface"] == surface)
    assert (f["value"], f["unit"]) == (value, unit)


@pytest.mark.parametrize(("text", "surface"), [
    ("辽宁南部将有6级大风。", "6级"),
    ("两家公司一齐下跌一级。", "一级"),
])
def test_a_wind_force_and_a_ranking_move_stay_figures(text: str, surface: str) -> None:
    assert surface in [f["surface"] for f in extract(text)]
