"""A light verb between a subject's topic and its indicator is no part of it (store/facts/subject_light_verbs.py):
实现/完成/录得 say the indicator was reached; the subject is the topic's indicator, as an analyst names it."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-06-12")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("其中,城镇实现零售额11195.7亿元,增长10.3%。", "11195.7亿元", "城镇零售额"),
    ("2024年文化产业实现营业收入19.14万亿元。", "19.14万亿元", "文化产业营业收入"),
    ("1至9月,限额以上批发业完成销售额37.5亿元,增长0.7%。", "37.5亿元", "限额以上批发业销售额"),
    ("其中铁路完成投资652亿元,同比增长9.4%。", "652亿元", "铁路投资"),
    ("1至9月份，全行业实现利润接近55亿元。", "接近55亿元", "全行业利润"),
])
def test_the_light_verb_between_topic_and_indicator_is_left_out(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_a_plan_completed_keeps_its_verb() -> None:
    """完成全年目标任务的58%: the share of the plan done, not the plan."""
    got = subjects("上半年，全国城镇新增就业695万人，完成全年目标任务的58%。")
    assert got["58%"] != "全国城镇新增就业全年目标任务"
