"""Parts of a sum earmarked one by one (`其中2.14亿元用于“A项目”、7382.32万元用于“B项目”`): each part is
named by the purpose written right after it — never by the purpose of the part before it, which is
the phrase left of it. A purpose that opens with a verb is an aim, no name (unless quoted as a
project's name): such a part gets no subject rather than its neighbour's."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2024-04-10")}


IPO = ("拟募集资金3.54亿元,其中2.14亿元用于“迁扩建华东检测基地项目”、7382.32万元用于“广州检测基地汽车材料与"
       "零部件检测平台建设项目”、6633.10万元用于“研发中心和信息系统建设项目”。")


@pytest.mark.parametrize(("text", "surface", "expected"), [
    (IPO, "2.14亿元", "迁扩建华东检测基地项目"),
    (IPO, "7382.32万元", "广州检测基地汽车材料与零部件检测平台建设项目"),
    (IPO, "6633.10万元", "研发中心和信息系统建设项目"),
    ("中央财政下达资金100亿元,其中60亿元用于农田水利建设,40亿元用于高标准农田建设。", "40亿元", "高标准农田建设"),
    ("本次募集资金净额8.2亿元，其中5亿元用於「新廠房建設項目」、3.2億元用於「補充流動資金」。", "3.2億元", "補充流動資金"),
])
def test_each_part_is_named_by_its_own_purpose(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_an_aim_names_no_part_and_no_neighbour() -> None:
    got = subjects("其中30亿元用于支持受灾地区、20亿元用于恢复生产。")
    assert got["20亿元"] != "支持受灾地区"
    assert got["30亿元"] != "支持受灾地区"


def test_the_sum_keeps_its_own_name() -> None:
    assert subjects(IPO)["3.54亿元"] == "拟募集资金"
