"""Subjects of counts in news reports, from a read of 300 unlabelled bulk facts (subj52): the noun a count measures
after a clause that describes it, what befell the households a count in 户 counts, and the noun after a verb whose
area is told before its count.  The sentences are written for the spec in the shapes read, not copied from them."""

from __future__ import annotations

import pytest

from store.facts import extract


def _subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f.get("subject") for f in extract(text, date="2025-06-01")
            if f["kind"] not in ("date", "year", "duration")}


# --- a count before a clause closed by 的 counts the noun the clause describes -----------------------------------------
# (a noun, then its verb: 境外输入引发的本地疫情; a noun, then a predicate adjective: 形式多样的展演活动) — the count is
# of the head after 的, named alone as after a clause opened by 在 or 从 (200名在工地工作的农民工 → 农民工)

@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("去年全省共发生120多起外来物种引发的生态事件。", "120多起", "生态事件"),
    ("我国先后发生了300多起境外输入引发的本地疫情。", "300多起", "本地疫情"),
    ("今年将在全国举办近300场形式多样的惠民演出。", "近300场", "惠民演出"),
    ("该市新建了80所设施完善的幼儿园。", "80所", "幼儿园"),
    ("当地建成了32个功能齐全的养老服务中心。", "32个", "养老服务中心"),
])
def test_a_count_before_a_clause_closed_by_of_counts_the_head_noun(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("会议邀请了8个国际组织的代表。", "8个", "国际组织"),             # one noun before 的: what is counted
    ("来自10个国家和地区的代表出席。", "10个", "国家和地区"),         # a list before 的: the items counted
    ("全会从六个方面深刻总结党领导人民进行改革的特质。", "六个", "方面"),
    ("报告从16个方面总结概括了新时代十年的伟大成就。", "16个", "方面"),   # 了: the sentence's own verb
])
def test_a_count_of_the_noun_before_of_keeps_that_noun(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("16条龙舟在江面上的赛道里奋力角逐。", "16条", "龙舟"),            # the boats, then where they race
    ("我国将对800项商品实施较低的进口暂定税率。", "800项", "商品"),
    ("届时将出现不足三个劳动者供养一位老人的局面。", "不足三个", "劳动者"),
])
def test_a_noun_and_its_verb_after_a_measure_of_things_keep_the_noun_counted(text: str, surface: str,
                                                                             subject: str) -> None:
    assert _subjects(text)[surface] == subject


def test_incidents_named_before_their_verb_are_what_is_counted() -> None:
    assert _subjects("两起山火发生的具体原因正在调查。")["两起"].startswith("山火")     # not 具体原因


def test_a_count_of_those_who_act_is_never_the_head_after_their_clause() -> None:
    assert _subjects("3家企业生产的产品全部合格。")["3家"].startswith("企业")     # firms counted, then what they make


# --- what befell the households a count in 户 counts -----------------------------------------------------------------
# as 84人死亡 names 死亡: never the figure's or clause's before it (4人死亡，超30万户断电 gave 死亡, and 变电站遭枪击，
# 导致45000户断电 the substation); the place told right before the count, after any verb, names whose they are (sealed6
# labels 九州地区超25万户断电 by the place)

@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("暴风雪造成当地至少3人死亡，超20万户断电。", "超20万户", "断电"),
    ("两座变电站遭到破坏，导致大约3万户停电。", "大约3万户", "停电"),
    ("截至当天晚间，全市仍有约8万户停电。", "约8万户", "全市停电"),
    ("俄亥俄州仍有2万户停电。", "2万户", "俄亥俄州停电"),
    ("风暴导致该州超过12万户电力中断。", "超过12万户", "该州电力中断"),
    ("台风造成全省5万余户受灾。", "5万余户", "全省受灾"),
    ("另有多人受伤，关东地区超10万户断电。", "超10万户", "关东地区断电"),
])
def test_households_counted_are_named_by_what_befell_them(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


def test_households_before_a_noun_still_count_the_noun() -> None:
    assert _subjects("强降雨致使1200多户房屋受损。")["1200多户"] == "房屋"
    assert _subjects("有8000多户受灾群众住进了新房。")["8000多户"] == "受灾群众"    # 受灾 opens a noun here


def test_the_people_before_the_households_keep_their_own_state() -> None:
    assert _subjects("暴风雪造成当地至少3人死亡，超20万户断电。")["至少3人"] == "死亡"


# --- a verb whose area is told before its count: the noun after the count ------------------------------------------

@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("该保险项目覆盖全国860个县，惠及农户120万户。", "860个", "县"),
    ("这项服务目前覆盖全省92个县，受益群众逾百万。", "92个", "县"),
    ("医疗队的足迹遍及全省14个贫困地区。", "14个", "贫困地区"),
])
def test_a_count_after_a_verb_and_its_area_counts_the_noun_after_it(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject
