"""A flow booked with its verb (完成投资, 实现产量, 实现进出口) is its owner's, the owner being the noun phrase its
clause opens with (store/facts/subject_owned_flows.py): never a bare 投资/产量 that every owner in a list
would share.  The light verb is then left out (store/facts/subject_light_verbs.py: 省重点交通项目投资)."""

from __future__ import annotations

import pytest

from store.facts import extract
from store.facts.article import article_facts


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-06-20")}


@pytest.mark.parametrize(("text", "expected"), [
    ("一季度,全市18个省重点交通项目完成投资42.6亿元。", {"42.6亿元": "省重点交通项目投资"}),
    ("精制茶实现产量12450吨,增长8.5%。", {"12450吨": "精制茶产量", "8.5%": "精制茶产量"}),
    ("今年前5个月，江苏实现进出口2.1万亿元，同比增长6.2%。", {"2.1万亿元": "江苏实现进出口", "6.2%": "江苏实现进出口"}),
    ("截至目前，滨海新区216个重点项目累计完成投资3150亿元。", {"3150亿元": "重点项目投资"}),
])
def test_a_booked_flow_is_its_owners(text: str, expected: dict[str, str]) -> None:
    got = subjects(text)
    for surface, subject in expected.items():
        assert got[surface] == subject


def test_each_owner_keeps_its_own_figures_in_a_list() -> None:
    got = subjects("其中水路完成投资410亿元，同比增长6.1%，民航完成投资180亿元，同比增长12.3%。")
    assert got["410亿元"] == got["6.1%"] == "水路投资"
    assert got["180亿元"] == got["12.3%"] == "民航投资"


@pytest.mark.parametrize(("text", "surface"), [
    # a time, a plan's words or a whole is no owner: the flow stays bare
    ("分月份看，五、六月份单月完成投资约520亿元。", "约520亿元"),
    ("航道整治加快推进，年内计划完成投资96亿元。", "96亿元"),
    ("今年全市完成投资1200亿元。", "1200亿元"),
])
def test_no_owner_but_a_time_a_plan_or_a_whole(text: str, surface: str) -> None:
    assert subjects(text)[surface] == "投资"


def test_a_company_keeps_the_indicator_alone() -> None:
    # a company's income or profit is subject_sector_values' (公司实现利润总额 → 利润总额); a kind of enterprise a
    # release breaks its total into owns it (tests/test_facts_enterprise_owners.py)
    assert subjects("公司实现利润总额26900亿元。")["26900亿元"] == "利润总额"


def test_a_headline_restating_the_flow_without_its_verb_is_one_fact() -> None:
    facts = article_facts({"id": "t", "date": "2025-06-20", "title": "前5个月江苏进出口同比增长6.2%",
                           "body": "今年前5个月，江苏实现进出口2.1万亿元，同比增长6.2%。"})
    growth = [f for f in facts if f["surface"] == "6.2%"]
    assert len(growth) == 1 and growth[0]["where"] == "body"


def test_a_headline_naming_the_owner_longer_is_the_same_fact() -> None:
    facts = article_facts({"id": "t", "date": "2025-06-20", "title": "1—5月滨海新区重点项目完成投资1280亿元",
                           "body": "记者日前获悉，今年前5个月，滨海新区完成投资1280亿元，涉及先进制造、公共服务等领域。"})
    sums = [f for f in facts if f["surface"] == "1280亿元"]
    assert len(sums) == 1 and sums[0]["where"] == "body"
