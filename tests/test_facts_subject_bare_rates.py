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
