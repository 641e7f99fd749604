"""A plan or campaign named by its length is a label (as `五年计划` and `十四五` are in the gold
samples' traps); a span that is measured stays a duration.

Every sentence is written for the test (never copied from a corpus).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def durations(text: str) -> list[str]:
    return [f["surface"] for f in extract(text, date="2025-06-01") if f["kind"] == "duration"]


@pytest.mark.parametrize("text", [
    "商务部发布《数字商务三年行动计划（2024—2026年）》。",
    "深入实施安全生产治本攻坚三年行动，基本实现目标。",
    "两国落实新的五年行动计划，推进务实合作。",
    "形成长期战略、五年规划、三年计划、年度安排相衔接的体系。",
    "本次三年攻坚行动是去年启动的。",
    "全县禁毒两年大行动取得阶段性成效。",
])
def test_a_plan_named_by_its_length_is_no_span(text: str) -> None:
    assert durations(text) == []


@pytest.mark.parametrize(("text", "surface"), [
    ("8年攻坚拔寨，中国历史性地解决了绝对贫困。", "8年"),
    ("未来三年规划建设100个充电站。", "三年"),
    ("用三年时间完成改造。", "三年"),
])
def test_a_measured_span_stays(text: str, surface: str) -> None:
    assert surface in durations(text)


def test_the_plans_years_stay_a_year_range() -> None:
    facts = extract("商务部发布《数字商务三年行动计划（2024—2026年）》。")
    assert [(f["kind"], f["value"], f["value_high"]) for f in facts] == [("year", 2024, 2026)]
