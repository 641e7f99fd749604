"""Subject classes where the clause's words name no indicator: a loss after a verb, the time an
agent spent, a window closed by 止, a rank whose clause opens with its verb.  Each example is a
sentence written for the class."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-09-01")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("上半年归母净利润自去年同期亏损820万元变为亏损305万元。", "305万元", "归母净利润"),
    ("预计扣非净亏损3000万元，而上年同期取得亏损4100万元。", "4100万元", "扣非净利润"),
])
def test_a_loss_after_a_verb_is_the_loss_of_the_profit_the_sentence_names(
        text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface"), [
    ("这支施工队仅用了45天就完成了全部改造。", "45天"),
    ("研发团队花了8年攻克这项技术。", "8年"),
    ("截至今年6月止的三个月内，零售额平均每月上升0.4%。", "三个月"),
])
def test_the_time_an_agent_spent_or_a_window_measures_nothing(text: str, surface: str) -> None:
    assert not subjects(text).get(surface)


def test_a_trip_time_keeps_the_trip() -> None:
    assert (subjects("大桥通车后，两岸通行时间仅需8分钟。")["8分钟"] or "").startswith("两岸通行时间")


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("今年全省外贸进出口稳步回升，居全国第5位。", "全国第5位", "全省外贸进出口"),
])
def test_a_rank_whose_clause_opens_with_its_verb_ranks_the_clause_before(
        text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    # items joined by 和/及 inside a 、 list: the 、 separates the items the figures follow
    ("其中，食品和饮料、交通运输、教育和培训价格分别上涨1.1%、0.4%、2.3%。", "1.1%", "食品和饮料"),
    ("其中，食品和饮料、交通运输、教育和培训价格分别上涨1.1%、0.4%、2.3%。", "0.4%", "交通运输"),
    ("前三季度，仪器仪表及零部件、家具制造分别增长8.1%、3.2%。", "8.1%", "仪器仪表及零部件"),
    # items of a clause that states their own figures, then 分别 in the next clause
    ("水电、核电装机容量分别达到4.2亿千瓦和0.6亿千瓦，分别增长3.1%和6.9%。", "6.9%", "核电装机容量"),
])
def test_respective_items_may_hold_a_joiner(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("去年，全省数字经济保持较快发展，总量达到1.8万亿元，增长9%。", "1.8万亿元", "全省数字经济总量"),
    ("去年，全省数字经济保持较快发展，总量达到1.8万亿元，增长9%。", "9%", "全省数字经济总量"),
])
def test_a_total_named_as_such_is_the_total_of_the_clause_before(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_a_total_after_a_clause_with_its_own_figure_is_left_alone() -> None:
    got = subjects("今年票面利率为2.1%，总额300亿元。")
    assert got["300亿元"] != "票面利率总额"


def test_base_values_listed_after_a_list_take_the_listed_subjects_in_order() -> None:
    got = subjects("上半年营业收入、净利润分别为12.4亿元、1.3亿元，相对于上年同期的11.8亿元、1.1亿元，均有增长。")
    assert (got["11.8亿元"], got["1.1亿元"]) == ("营业收入", "净利润")


@pytest.mark.parametrize(("text", "surface", "expected"), [
    # a level named after 的 (纪录高价, 水平) is what the figure reaches, not what it measures
    ("伦敦铜价收于每吨9120美元，盘中一度触及9350美元的纪录高价。", "9350美元", "伦敦铜价"),
    ("今年一季度全省出口额接近去年同期1200亿元的水平。", "1200亿元", "全省出口额"),
    # a record verb (创下, 触及) is no part of the subject
    ("现货白银价格一度触及每盎司52.4美元。", "52.4美元", "现货白银价格"),
])
def test_a_level_or_record_word_is_not_the_indicator(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("今年全省创业担保贷款累计发放52亿元。", "52亿元", "全省创业担保贷款"),
    ("截至6月末，普惠养老专项再贷款已发放310亿元。", "310亿元", "普惠养老专项再贷款"),
])
def test_funds_given_out_are_named_by_what_was_given_out(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_a_verb_phrase_that_gives_out_names_nothing() -> None:
    assert subjects("会议要求加快推动各地发放3亿元。").get("3亿元") != "推动各地"
