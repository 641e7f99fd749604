"""A plan's years in brackets in its title (`《能源领域节能降碳行动计划（2026—2028年）》`) are a year
range, 2026/2028; a bond tenor bucket in brackets (`短期品种(1-3年)`) stays a label."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "low", "high"), [
    ("国家能源局近日印发《能源领域节能降碳行动计划（2026—2028年）》。", 2026, 2028),
    ("农业农村部印发《全国农业科技创新重点领域（2024—2028年）》，聚焦10大重点领域。", 2024, 2028),
    ("《扩大内需战略规划纲要(2022-2035年)》提出。", 2022, 2035),
])
def test_a_plans_years_in_brackets_are_a_year_range(text: str, low: int, high: int) -> None:
    got = [(f["value"], f["value_high"]) for f in extract(text, date="2025-01-20") if f["kind"] in ("year", "date")]
    assert (low, high) in got


@pytest.mark.parametrize("text", ["短期品种(1-3年)收益率下行5BP。", "中期品种（3-5年）收益率为2.1%。",
                                  "长期品种(10-30年)收益率上行2BP。"])
def test_a_tenor_bucket_in_brackets_is_no_figure(text: str) -> None:
    assert not [f for f in extract(text) if "年" in f["surface"]]


@pytest.mark.parametrize(("text", "surface", "low", "high"), [
    ("最高法今天发布《中国海事审判（2022—2024）》，三年间受理涉外案件6823件。", "2022—2024", 2022, 2024),
    ("两国元首共同见证签署加强全面战略伙伴关系行动计划（2022—2026）。", "2022—2026", 2022, 2026),
    ("出版界集中推出《中华民族抗日战争史（1931—1945）》。", "1931—1945", 1931, 1945),
])
def test_a_titles_years_in_brackets_without_nian_are_a_year_range(text: str, surface: str, low: int, high: int) -> None:
    """`《中国海事审判（2022—2024）》`: the years of a report or a plan without 年 (sealed23 labels 2022/2024)."""
    got = [(f["surface"], f["value"], f["value_high"]) for f in extract(text, date="2025-12-18") if f["kind"] in ("year", "date")]
    assert (surface, low, high) in got


@pytest.mark.parametrize("text", ["比分为（2024—2022）。", "编号（1900—2100）。"])
def test_two_years_out_of_order_or_far_apart_in_brackets_are_no_range(text: str) -> None:
    assert not [f for f in extract(text) if f.get("value_high")]
