"""A count measures the noun written right after it, not the list closed by 等 before it nor a
description of the noun (tests/gold/README.md: sealed2 labels `桐庐县等25个县（市、区）` → 县（市、区）;
`65座各种类型的海工装备` counts 海工装备, `77条地势较高的道路` 道路)."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-06-15")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("住房城乡建设部、财政部日前公示，将河北省邯郸市涉县、浙江省杭州市桐庐县等25个县（市、区）纳入支持范围。",
     "25个", "县（市、区）"),
    ("委托辽宁、浙江、安徽、河南、重庆、青海等6个省（市）人大常委会对本行政区域开展检查。", "6个", "省（市）"),
    ("执法检查组赴黑龙江、上海、江西、广东、四川、宁夏等6个省（区、市）开展实地检查。", "6个", "省（区、市）"),
    ("将云南省的停留范围由昆明市扩大至丽江、玉溪等9个市（州）行政区域。", "9个", "市（州）"),
    ("中国农业生产资料集团等200家入选的企业，将进一步提高农资供应服务水平。", "200家", "入选的企业"),
    ("外来物种民事公益诉讼案、全国首例保险公司重整案等十起案件入选。", "十起", "案件"),
])
def test_a_count_closing_a_list_counts_the_noun_after_it(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("援柬专家等700余人欢聚一堂。", "700余人", "援柬专家等"),
    # the whole list before 等 is counted (subject_coordinated), as the gold sets label such lists
    ("俄罗斯政要、各界友好人士等近1500人欢聚一堂，共迎佳节。", "近1500人", "俄罗斯政要、各界友好人士等"),
    # 保辉 is one of the seven (a name whose first character the dictionary reads as the verb 保)
    ("保辉以及同行人员苏某某、李某等7人因公在德国法兰克福机场回国转机。", "7人", "保辉以及同行人员苏某某、李某等"),
])
def test_a_head_count_closing_a_list_keeps_the_people_listed(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("2018年以来，中集来福士累计交付65座各种类型的海工装备。", "65座", "海工装备"),
    ("北京排水部门将77条地势较高的道路，作为紧急避险停车区域向市民开放。", "77条", "道路"),
    ("规划提出，到2030年建设10个竞争力强的安全应急装备产业集群。", "10个", "安全应急装备产业集群"),
    ("吉林推出277项内容丰富的活动，露营音乐会、主题市集轮番登场。", "277项", "活动"),
    ("今年广东重点推广7项先进的水稻种植适用技术。", "7项", "水稻种植适用技术"),
    ("视觉传感器可以对2000多款不同的铝板进行精准识别。", "2000多款", "铝板"),
    ("美国加州南部两场最大的山火已肆虐一周。", "两场", "山火"),
    ("在天津市津南区八里台工业园两栋崭新的厂房里，百米长的生产线正在运转。", "两栋", "厂房"),
])
def test_a_described_noun_after_a_count_is_what_is_counted(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("特展展出100多位艺术家的200余件作品。", "100多位", "艺术家"),
    ("本届电影节共有来自117个国家和地区的4330部影片报名。", "117个", "国家和地区"),
    ("全国100多个城市的1000多块大屏同步直播。", "100多个", "城市"),
])
def test_a_noun_before_de_is_itself_counted(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "not_expected"), [
    ("是新形势下对和平共处五项原则最好的传承、弘扬、升华。", "五项", "传承"),
    ("届时两场比赛总分最高的组合将获得金牌。", "两场", "组合"),
    ("他们将用光伏板铺满3285个足球场大小的沙丘。", "3285个", "沙丘"),
    ("曾经的窑洞医院已变成了十几层楼高的现代化医院。", "十几层", "现代化医院"),
])
def test_a_noun_described_by_its_own_superlative_or_size_is_not_passed_over(
        text: str, surface: str, not_expected: str) -> None:
    assert subjects(text).get(surface) != not_expected


def test_a_working_day_keeps_its_measure_word() -> None:
    units = {f["surface"]: (f["kind"], f["unit"]) for f in extract("經過13個工作天後新股開始交易。")}
    assert units["13個工作天"] == ("duration", "个工作天")
