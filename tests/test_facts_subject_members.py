"""A count of the members of a set that do something names what they do (tests/gold: blind
`90种主要轻工产品中，35种实现产量增长` → 实现产量增长, sealed2 `…行业中，有18个位于扩张区间` →
位于扩张区间, `…公司中,上半年有1273家公司保持盈利` → 保持盈利)."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-07-15")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("90种主要轻工产品中，35种实现产量增长，数字化研发工具普及推动供给增加。", "35种", "实现产量增长"),
    ("调查的21个制造业行业中，有18个位于扩张区间，比上月增加7个。", "18个", "位于扩张区间"),
    ("调查的21个制造业行业中，有18个位于扩张区间，比上月增加7个。", "7个", "位于扩张区间"),
    ("分产品看,3月份,612种产品中有227种产品同比增长。", "227种", "同比增长"),
    ("所有沪市主板公司中,上半年有1273家公司保持盈利,占比超八成。", "1273家", "保持盈利"),
    ("新增备案的48款大模型中，有11款来自工业类。", "11款", "来自工业类"),
    ("41个工业大类行业中35个行业增加值实现增长。", "35个", "行业增加值实现增长"),
])
def test_the_members_counted_are_named_by_what_they_do(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("其中,超五成公司归母净利润同比实现增长。", "超五成", "公司"),            # 其中 names no set
    ("其中，工业品84个，农业品47个。", "84个", "工业品"),
    ("装备制造业中的8个行业增加值全部实现增长。", "8个", None),               # 中的: not a member count
])
def test_other_counts_are_left_to_the_other_rules(text: str, surface: str, expected: str | None) -> None:
    got = subjects(text).get(surface)
    assert got == expected if expected else got != "行业增加值全部实现增长"


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("旅客来源地已增至101个国家和地区，跨境货运辐射19个国家。", "101个", "旅客来源地"),
    ("中老铁路旅客来源地增至112个国家和地区。", "112个", "中老铁路旅客来源地"),
    ("全省国家级专精特新企业扩大到320家。", "320家", "全省国家级专精特新企业"),
])
def test_a_count_reached_names_what_reached_it(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_a_verb_before_zengzhi_leaves_the_count_alone() -> None:
    assert subjects("我们努力推动合作伙伴增至30个国家。")["30个"] != "我们努力推动合作伙伴"
