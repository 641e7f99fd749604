"""Subject classes of issue 10's sealed round: a figure before its noun, a share named only by
its whole, a comparison inside the phrase.  Each example is a sentence written for the class."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-03-20")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    # an action verb, then the figure, then what it measures
    ("该行昨日已卖出二十吨库存白银。", "二十吨", "库存白银"),
    ("某盆地今年建成80亿立方米页岩气产能。", "80亿立方米", "页岩气产能"),
    # a clause ending in 的 qualifies the noun after the figure
    ("用于老旧小区改造的3200万元专项补助资金已经到位。", "3200万元", "专项补助资金"),
    # items written figure-then-noun in a list: each figure its own noun
    ("今年安排4000亿元地方政府专项债券、900亿元中央预算内投资。", "900亿元", "中央预算内投资"),
    # no words left of the figure: the noun after it
    ("据了解，2600亿元专项债额度已下达各省。", "2600亿元", "专项债额度"),
    ("今年该市建成1.2万亩高标准农田。", "1.2万亩", "高标准农田"),
])
def test_a_figure_before_its_noun_measures_that_noun(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    # the words left of the figure already name it: the noun after it is no subject
    ("全省粮食产量为700亿斤左右。", "700亿斤左右", "全省粮食产量"),
    ("全省粮食产量突破700亿斤大关。", "700亿斤", "全省粮食产量"),
    ("最高气温达到38度以上。", "38度以上", "最高气温"),
    # a purpose clause after the sum is no noun it measures
    ("省财政累计投入86亿元支持农村公路建设。", "86亿元", "省财政累计投入"),   # (subj35: a tally verb keeps its topic)
])
def test_a_figure_whose_left_names_it_keeps_the_left(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_an_age_is_never_the_noun_after_it() -> None:
    assert subjects("队员小李12岁开始练习游泳。")["12岁"] != "开始练习游泳"


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("去年甲省棉花产量为520万吨，占全国18.3%。", "18.3%", "甲省棉花产量占全国"),
    ("一季度服务出口2100亿元，占出口总额的12.6%，同比增长9.2%。", "12.6%", "服务出口占出口总额"),
    # the growth after the share is the part's, not the share's
    ("一季度服务出口2100亿元，占出口总额的12.6%，同比增长9.2%。", "9.2%", "服务出口"),
    # 相当于 the base's share: the sentence's indicator
    ("今年游客人次达到860万，相当于疫情前同期水平的92%。", "92%", "游客人次"),
])
def test_a_share_named_by_its_whole_is_the_share_of_the_sentence_indicator(
        text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    # a growth compared with a base: whose growth is the sentence's
    ("前三季度，高技术制造业投资同比增长9.6%，增速高于全部投资5.1个百分点。", "5.1个百分点", "高技术制造业投资"),
    ("今年以来，汽车出口增长21%，高出全部出口增速15个百分点。", "15个百分点", "汽车出口"),
    ("概估民間投資實質成長3.1%，略高於原預測0.4個百分點。", "0.4個百分點", "民間投資"),
    # the base's own figure in brackets, or written as a level, is the base's
    ("线上销售额增长18%，明显优于实体门店(增长2.5%)。", "2.5%", "实体门店"),
])
def test_a_comparison_inside_the_phrase_leaves_the_indicator_or_the_base(
        text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_a_base_read_after_a_comparison_lends_itself_to_no_later_figure() -> None:
    got = subjects("线上销售额增长18%，明显优于实体门店(增长2.5%)，占零售总额的27%。")
    assert got["27%"] == "线上销售额占零售总额"


def test_a_rate_per_day_written_before_the_figure_is_no_part_of_the_subject() -> None:
    assert subjects("产油国决定增产幅度为每日41万桶。")["41万桶"] == "增产幅度"


def test_a_range_opened_by_from_keeps_the_indicator_before_it() -> None:
    got = subjects("改造后，该段公路路面宽度从5.5米的双车道拓宽到9米。")
    assert got["5.5米"] == "该段公路路面宽度"


@pytest.mark.parametrize(("text", "surface", "expected"), [
    # a measure named right before the figure is what it measures, not the noun after 的 alone: the thing
    # after 的 is whose measure it is (subject_measure_of, subj26: both, not the bare 总投资)
    ("在中游，总投资86亿元的轨道交通工程已开工。", "86亿元", "轨道交通工程总投资"),
    # a share's whole is no such measure: the noun after 的 is the part
    ("当季占经济总量约60%的居民消费支出增长2%。", "约60%", "居民消费支出"),
])
def test_a_measure_named_before_the_figure_outranks_the_noun_after_of(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected
