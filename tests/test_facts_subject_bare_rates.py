"""A rate or share word left alone as a figure's subject (store/facts/subject_bare_rates.py) names nothing: the
rate is the indicator's its sentence names — the nearest figure before it, else the noun phrase the clause
before opens with — and a share keeps its word after that indicator (conventions: never a bare 涨幅/增幅)."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-10-20")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    # the figure before it: a contract's close and move, then its rate (its month is a period, so the
    # rules before this one found no owner left of 涨幅)
    ("沪锌主力11月合约,以22450元/吨收盘,上涨180元,涨幅为0.81%。", "0.81%", "11月合约"),
    # no figure before it: the noun phrase opening the clause before
    ("华东地区主要城市螺纹钢价格全线上涨,涨幅在30-50元/吨之间。", "30-50元/吨", "华东地区主要城市螺纹钢价格"),
])
def test_a_bare_rate_is_the_rate_of_the_indicator_its_sentence_names(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_a_bare_share_keeps_its_word_after_the_owner() -> None:
    got = subjects("西南地区已投运的抽水蓄能装机规模全国最大，占比达到27.3%。")
    assert got["27.3%"] == "西南地区占比"      # the region's share of the country's, as the clause says


def test_a_rate_with_its_indicator_is_left_alone() -> None:
    got = subjects("社会消费品零售总额同比增长4.6%,增幅比上月扩大0.3个百分点。")
    assert got["0.3个百分点"] == "社会消费品零售总额"




@pytest.mark.parametrize(("text", "surface", "expected"), [
    # the nouns coordinated after the clause's first noun are part of the owner
    ("今年国庆，老人及亲子家庭成为出游主力，占比超五成。", "超五成", "老人及亲子家庭占比"),
    # a measured head jieba tags a verb (收入) closes the owner
    ("嵌入式系统软件收入稳定增长，占比超过全行业收入的十分之一。", "十分之一", "嵌入式系统软件收入占比"),
])
def test_the_owner_is_the_whole_noun_phrase(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_a_relation_between_two_lends_no_owner() -> None:
    got = subjects("我国与共建国家货物贸易规模再创新高，占比达48.7%。")
    assert got["48.7%"] == "占比"       # 我国 alone would say the share is China's; none is better than a wrong one


@pytest.mark.parametrize(("text", "surface", "subject"), [
    # a share of a named whole, told without its part: the part is the indicator before it
    ("1至9月,服務業實際使用外資金額447億美元,同比增長13.28%,在全國總量中的比重為50.5%。", "50.5%",
     "服務業實際使用外資金額在全國總量中的比重"),
    # an apposition with 即 glosses the indicator named before it
    ("2024年全年我国社会物流总额，即经济运行中的物流实物量价值总额，预计将超过360万亿元。", "超过360万亿元",
     "我国社会物流总额"),
])
def test_a_whole_without_its_part_and_a_gloss_take_the_indicator_named_before(text: str, surface: str,
                                                                             subject: str) -> None:
    found = [f for f in extract(text, date="2025-01-20") if f["surface"] == surface]
    assert len(found) == 1 and found[0]["subject"] == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    # the part named in the share's own clause before 在 owns it, not the figure before
    ("5G基站数占全部基站总数的36%，5G用户在移动电话用户总数中的占比超过六成。", "超过六成", "5G用户在移动电话用户总数中的占比"),
    # a view glossed with 即 names no indicator: the gloss stays
    ("他认同该机构经济学家的观点，即美国经济衰退的可能性约为50%。", "约为50%", "即美国经济衰退的可能性"),
])
def test_a_share_owned_in_its_clause_and_a_glossed_view(text: str, surface: str, subject: str) -> None:
    got = extract(text, date="2025-01-20")
    found = [f for f in got if f["surface"] == surface or f["surface"] == surface.removeprefix("约为")]
    assert len(found) == 1 and found[0]["subject"] == subject


def test_a_share_that_names_its_part_is_left_whole() -> None:
    got = [f for f in extract("高技术制造业在工业中的占比由2012年的9.4%提高到2021年的15.1%。") if f["surface"] == "9.4%"]
    assert got[0]["subject"] == "高技术制造业在工业中的占比"


@pytest.mark.parametrize(("text", "surface"), [
    # a word of the rate's scope or window before it leaves it as bare as a base word does (整体, 两个月内, 全季)
    ("今年以来国际锌价在2600~2900美元区间震荡,前三季度整体涨幅约6.2%。", "约6.2%"),
    ("国际锌价11月初站上3000美元,12月5日达3120美元,一个月内涨幅约4%。", "约4%"),
])
def test_a_rate_with_a_word_of_its_window_is_the_indicators(text: str, surface: str) -> None:
    assert subjects(text)[surface] == "国际锌价"
