"""Counts whose noun stands after them in forms the plain noun-after reading misses (tests/gold/
README.md: `31个省（区、市）和新疆生产建设兵团` → 省（区、市）, `第1号台风` → 台风, `来自中亚五国的30名议员和
议会官员`, `400万户家庭`, `84人死亡` → 死亡)."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-06-15")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("12月16日0—24时，31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例。", "31个", "省（自治区、直辖市）"),
    ("中央巡视组将对15个省（自治区）和新疆生产建设兵团开展常规巡视。", "15个", "省（自治区）"),
    ("工会将组成慰问组赴31个省（区、市）和新疆生产建设兵团。", "31个", "省（区、市）"),
    ("教育部认定301个县（市、区）为学前教育普及普惠县。", "301个", "县（市、区）"),
    ("督察组将分别对上海、重庆、湖南、云南4个省（市）开展督察。", "4个", "省（市）"),
])
def test_a_count_of_regions_with_their_kinds_in_brackets_counts_the_regions(
        text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface"), [
    ("今年第9号台风“巴威”给我国东北地区带来强降雨。", "第9号"),
    ("今年第13号台风“贝碧嘉”今天在上海登陆。", "第13号"),
])
def test_a_typhoons_number_is_the_typhoons(text: str, surface: str) -> None:
    assert subjects(text)[surface] == "台风"


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("100多位来自沙特的青年中文学习者和爱好者给习近平主席写信。", "100多位", "青年中文学习者"),
    ("五位来自法院系统的代表，围绕严格公正司法展开交流。", "五位", "代表"),
    ("115名来自捷克的旅客顺利入境。", "115名", "旅客"),
    ("约350名来自全澳各界的华侨华人代表参加。", "约350名", "华侨华人代表"),
])
def test_a_count_before_a_from_clause_counts_its_head_noun(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("法国有约90万户家庭断电。", "约90万户", "家庭"),
    ("全美仍有近24万用户断电。", "近24万", "用户"),
    ("风暴造成约38万户断电。", "约38万户", "断电"),
    ("广东多地有3.6万余户停电。", "3.6万余户", "广东多地停电"),   # the place opening the clause (subj52; sealed6)
])
def test_households_in_a_state_are_counted_by_their_noun_or_the_state(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("警方与抗议者发生冲突，16人被逮捕。", "16人", "被逮捕"),
    ("目前仍有4人下落不明。", "4人", "下落不明"),
    ("当地约1万人被要求撤离。", "约1万人", "被要求撤离"),
    ("哈马斯称7名被扣押人员死于此次空袭。", "7名", "被扣押人员"),
])
def test_a_head_count_in_a_state_is_counted_by_its_state(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected
