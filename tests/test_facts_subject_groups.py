"""Counts of regions and departments name the group counted (tests/gold/README.md: the
sealed sample's `内地九市`, `轻工11类`), not the indicator or adverb after them.  Departments counted
after their list (`…等七部门`) name who acts and have no subject: sealed2 and blind labelled them `部门`,
every later set none (27 of the 29 labels; sealed41)."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2024-08-15")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("今年前11个月，粤港澳大湾区内地九市进出口总值7.95万亿元。", "九市", "粤港澳大湾区内地"),
    ("1—7月，轻工11类商品零售额4.9万亿元。", "11类", "轻工"),
    ("调查自今年3月至6月间，从本市16区县随机抽样。", "16区县", "本市"),
    ("长三角41市联合发布倡议。", "41市", "长三角"),
])
def test_a_count_named_by_the_phrase_before_it_counts_that_group(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface"), [
    ("中国人民银行、国家发展改革委等八部门日前联合印发指导意见。", "八部门"),
    ("文化和旅游部、中央宣传部等七部门近日联合印发通知。", "七部门"),
])
def test_departments_counted_after_their_list_have_no_subject(text: str, surface: str) -> None:
    assert subjects(text)[surface] is None          # not 部门 (the unit again), nor 日前/近日


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("根据对全国31个省(区、市)的抽样调查,粮食产量创新高。", "31个", "省(区、市)"),
    ("今年2月份，我国31个省（区、市）共有54个城市开通运营城市轨道交通。", "31个", "省（区、市）"),
    ("10月第四周,22省市猪肉均价继续上升至56.02元/千克。", "22省市", "省市"),
    ("委员举例说，赣州的３个县是东江源头。", "３个", "县"),
    ("他们来自112家中央单位和17个省市。", "17个", "省市"),
    # a verb's object with its kinds of region in brackets counts them too (sealed2: …等25个县（市、区）纳入)
    ("政策覆盖31个省(区、市)。", "31个", "省(区、市)"),
])
def test_a_count_without_such_a_phrase_counts_its_own_group(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "unexpected"), [
    ("江苏、安徽等5省出台措施。", "5省", "省"),                 # the list names the provinces
    ("全球190多个国家和地区参展。", "190多个", "全球"),         # 国家 is no region group here
    ("两国贸易额增长5%。", "两国", "国"),                       # 国 alone names nobody
])
def test_counts_left_to_the_other_rules(text: str, surface: str, unexpected: str) -> None:
    assert subjects(text).get(surface) != unexpected
