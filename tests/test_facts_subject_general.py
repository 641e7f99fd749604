"""General subject rules (issue 10): the words around an indicator that are not part of it,
spans read as periods, and the thing a verb sets.  Each example is a sentence written for
the class it shows."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-03-20")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    # a degree adverb before the change (大幅上修) is no subject: the sentence's is meant (the thing growing, as
    # the conventions name a change of a growth rate: subject_own_rates)
    ("今年出口增速为6.2%，较去年预测大幅上修2.1个百分点。", "2.1个百分点", "出口"),
    # a turnaround (由负转正) and 以 before a close belong to the change, not to the indicator
    ("经营活动现金流净额由负转正至3520万元。", "3520万元", "经营活动现金流净额"),
    ("沪铝主力合约以20150元/吨收盘，上涨85元。", "20150元/吨", "沪铝主力合约"),
    ("沪铝主力合约以20150元/吨收盘，上涨85元。", "85元", "沪铝主力合约"),
    # 破 after a level (首度破) is a change word
    ("人均可支配收入为5.2万元，首度破5万元。", "5万元", "人均可支配收入"),
    # a base closing a clause (与上年同月比较) and a comparison (高于) are no part of it
    ("全市居民消费价格与上年同月比较，上涨1.3%。", "1.3%", "全市居民消费价格"),
    ("一年期房贷利率高于4.1%，需下调。", "4.1%", "一年期房贷利率"),
])
def test_words_that_only_qualify_the_change_are_not_the_subject(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_a_comparison_marker_that_also_closes_a_dictionary_word_stays_out() -> None:
    # 产量比 is a dictionary word, but here 比 opens the base 去年
    assert subjects("预计今年稻谷产量比去年增加约3%。")["约3%"] == "稻谷产量"


@pytest.mark.parametrize(("text", "surface"), [
    ("某公司今年前三季度营收增长12%。", "前三季度"),
    ("甲企业2024年上半年利润增长8%。", "上半年"),
])
def test_a_span_also_read_as_the_period_measures_nothing(text: str, surface: str) -> None:
    got = subjects(text)
    if surface in got:
        assert got[surface] is None


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("2023年全省财政收入最终核实为5120亿元。", "5120亿元", "全省财政收入"),
    ("主管部门预测今年人均GDP为1.4万美元。", "1.4万美元", "人均GDP"),
])
def test_a_verb_that_sets_or_forecasts_a_value_leaves_the_thing_it_is_about(
        text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_a_close_after_a_figure_is_no_noun_it_counts() -> None:
    assert subjects("铜期货以68010元/吨收盘。")["68010元/吨"] == "铜期货"


@pytest.mark.parametrize(("text", "surface", "expected"), [
    # figures after a comparison base: the base's noun is not what the sentence measures
    ("今年粮食产量为7.1亿吨，较预测值6.9亿吨多出2000万吨。", "2000万吨", "粮食产量"),
    ("一季度工业增加值增长6.1%，较早前预期5.5%提高0.6个百分点。", "0.6个百分点", "工业增加值"),
])
def test_a_noun_read_inside_a_comparison_base_lends_itself_to_no_later_figure(
        text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    # a clause that is only a name, then the figure in the next clause
    ("单位能耗较高的省份是：甲省，1.52吨标准煤/万元；乙省，1.47吨标准煤/万元。", "1.47吨标准煤/万元", "乙省"),
    # a name with a code that is no figure, then clauses that only state changes
    ("螺纹钢主力合约2510，以3150元/吨收盘，上涨12元。", "3150元/吨", "螺纹钢主力合约"),
    ("螺纹钢主力合约2510，以3150元/吨收盘，上涨12元。", "12元", "螺纹钢主力合约"),
    # a parallel clause whose own figure is not read keeps its own indicator
    ("应收账款周转率3.1次，同比下降2%；存货周转率5.6次，同比下降4%。", "4%", "存货周转率"),
])
def test_a_clause_that_names_nothing_measures_the_bare_noun_clause_before_it(
        text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    # adverbial clauses before a figure are no topic: the sentence's subject stays
    ("全省生产总值6200亿元，按不变价格计算，增长5.1%。", "5.1%", "全省生产总值"),
    ("出口额环比上涨0.3%，为年内首次上涨；同比降幅收窄0.4个百分点。", "0.4个百分点", "出口额"),
])
def test_an_adverbial_clause_is_no_topic(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    # points a driver contributes belong to the driver, not to what it drives
    ("净出口拉动经济增长0.9个百分点。", "0.9个百分点", "净出口"),
    ("資本形成總額貢獻 0.7 個百分點。", "0.7 個百分點", "資本形成總額"),
    # with no driver in its clause, the sentence's indicator is meant
    ("消费对经济增长的贡献率为60%，拉动经济增长3.1个百分点。", "3.1个百分点", "消费对经济增长的贡献率"),
])
def test_points_contributed_belong_to_the_contributor(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_a_contribution_named_as_a_noun_stays_the_subject() -> None:
    assert subjects("服务业对经济增长的拉动为1.5个百分点。")["1.5个百分点"] == "服务业对经济增长的拉动"


def test_the_noun_share_is_no_share_verb() -> None:
    # 占比 then the base 较上年: the share itself changed
    assert subjects("出口占比较上年提高1.2个百分点。")["1.2个百分点"] == "出口占比"


@pytest.mark.parametrize(("text", "surface", "expected"), [
    # a quoted name is one word: nothing inside it cuts, the marks stay with it
    ("全区“小升规”企业达到86家。", "86家", "“小升规”企业"),
    ("当年新认定“链主”企业15家。", "15家", "“链主”企业"),
    ("《山河锦绣》特展参观人数突破12万人次。", "12万人次", "《山河锦绣》特展参观人数"),
    # the noun after 的 may be quoted
    ("该市设立一只总规模为50亿元的“科创基金”。", "50亿元", "科创基金"),
])
def test_a_quoted_name_stays_whole_in_the_subject(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    # the head the items share starts at the indicator, also after a name the dictionary splits
    ("甲类、专精特新小微企业营收利润率分别为9.5%、7.1%。", "9.5%", "甲类营收利润率"),
    # 等 closes the items: what follows it is the head they share
    ("家具、陶瓷等产品出口分别增长12%和9%。", "9%", "陶瓷出口"),
    ("家具、陶瓷等产品出口分别增长12%和9%。", "12%", "家具出口"),
    # an item already ending in the head's word takes no second one
    ("沪指、科创指数分别上涨0.3%、1.1%。", "0.3%", "沪指"),
])
def test_items_of_a_respective_list_share_the_head_of_the_last(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    # a verb of reaching a level (迈上, 站上) is no part of what reached it, nor is the level's label
    ("全市工业总产值迈上3000亿元新台阶。", "3000亿元", "全市工业总产值"),
    ("上证指数站上3500点。", "3500点", "上证指数"),
    # an adverb of time before an estimate (原先预计为) leaves the sentence's indicator
    ("全年资本开支预计为80亿元，原先预计为65亿元。", "65亿元", "资本开支"),
    # 幅度 alone is the rate of the sentence's indicator
    ("一年期存款利率为1.3%，下调幅度为0.2个百分点。", "0.2个百分点", "一年期存款利率"),
    # a range 不等 is followed by the noun it measures
    ("各地发放2000元至5000元不等的购车补贴。", "2000元至5000元", "购车补贴"),
])
def test_reaching_verbs_time_adverbs_and_bare_rate_words_are_not_the_subject(
        text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    # a phrase ending in its indicator takes back no connective (占比达 is no word to restore)
    ("全市新能源汽车销量占比达41%。", "41%", "全市新能源汽车销量占比"),
    # an adverb of extent (普遍) is no subject
    ("多地最高气温将普遍降至18℃。", "18℃", "多地最高气温"),
    # a share named alone is the share of the sentence's indicator
    ("县域粮食播种面积为80万亩，占比超六成。", "超六成", "县域粮食播种面积占比"),
])
def test_a_share_and_its_indicator(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    # a noun a count quantifies ends before a time word or a locative's closing word
    ("全省五个地市今天启动应急响应。", "五个", "地市"),
    ("在调查的30个行业中，有25个实现增长。", "30个", "行业"),
])
def test_the_noun_after_a_count_ends_before_time_and_place_words(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    # a verb of giving or allotting leaves the noun after the figure (预拨, 提供, 增发)
    ("财政部紧急预拨2亿元防汛救灾资金。", "2亿元", "防汛救灾资金"),
    ("电站每年可提供12亿度清洁电能。", "12亿度", "清洁电能"),
    # 按年率计算, 一直 and a leading conjunction are no part of the indicator
    ("该国实际国内生产总值按年率计算增长1.6%。", "1.6%", "该国实际国内生产总值"),
    ("出口退税率一直保持在13%。", "13%", "出口退税率"),
])
def test_allotting_verbs_and_adverbials_leave_the_indicator(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface"), [
    ("如果以7.1元兑1美元计算，总额不变。", "7.1元"),
])
def test_a_conjunction_alone_is_no_subject(text: str, surface: str) -> None:
    assert subjects(text)[surface] != "如果"


@pytest.mark.parametrize(("text", "surface", "expected"), [
    # the name an ordinal is counted for, written right before it, stays with the noun after it
    ("中国化学会第三十四届学术年会在京开幕。", "第三十四届", "中国化学会学术年会"),
    ("这是快舟一号甲运载火箭的第30次飞行。", "第30次", "快舟一号甲运载火箭飞行"),
    # another ordinal right after is no noun: the name alone
    ("“奋斗者”号第12航次第一、第二航段顺利完成。", "第12航次", "“奋斗者”号"),
])
def test_an_ordinal_keeps_the_name_it_is_counted_for(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    # a word before the ordinal that is no name (在, 出席, 代表 …) adds nothing
    ("他出席第七届中国国际进口博览会。", "第七届", "中国国际进口博览会"),
    # (民盟第十三届中央委员会 is a body's term, a label: tests/test_facts_terms_of_office.py)
    ("主席代表民盟出席第十三届中国航展。", "第十三届", "中国航展"),
    # 第三方 is a label, not another ordinal
    ("约谈等5家第三方平台企业。", "5家", "第三方平台企业"),
])
def test_no_name_before_an_ordinal(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_the_topic_named_before_a_base_is_read_whole() -> None:
    # the earlier clause names the indicator up to its base; a reporting 指 is no part of it
    got = subjects("指5月份整體消費物價與一年前同月比較，上升2.0%。")
    assert got["2.0%"] == "整體消費物價"


def test_the_topic_stops_at_its_head_when_no_base_closes_it() -> None:
    got = subjects("粮食产量再创新高，达到7亿吨。")
    assert got["7亿吨"] == "粮食产量"


def test_a_topic_named_after_a_copula_in_the_clause_before() -> None:
    got = subjects("其中，增长最快的是新能源产业，增长了38.5%。")
    assert got["38.5%"] == "新能源产业"
