"""Subject classes the fresh gold sample showed (tests/gold/README.md): verb fragments,
spans, prices after 报, adverbials, estimates, rate nouns and 分别 lists without items."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2024-08-15")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("本次展会涵盖120场论坛、35个展区。", "120场", "论坛"),
    ("这款应用两年就收割了3000万用户。", "3000万", "用户"),
    ("影片上映两周已获得近8亿元票房。", "近8亿元", "票房"),
])
def test_a_left_phrase_ending_in_a_verb_gives_way_to_the_noun_after_the_figure(
        text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface"), [
    ("双方将落实未来3年合作计划。", "3年"),
    ("欧元兑美元跌至三个月低点。", "三个月"),
    ("截至6月底的6个月，出口回升。", "6个月"),
])
def test_a_span_of_time_measures_nothing(text: str, surface: str) -> None:
    assert subjects(text)[surface] is None


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("现货白银价格收盘上涨0.5%，报每英两31.2美元。", "31.2美元", "现货白银价格"),
    ("现货白银价格收盘上涨0.5%，报每英两31.2美元。", "0.5%", "现货白银价格"),
    ("仓储企业的库存量将在现有的基础上增加20%。", "20%", "仓储企业的库存量"),
    ("出口货值的临时估计上升3.5%。", "3.5%", "出口货值"),
    ("细颗粒物平均浓度同比下降2微克/立方米，下降幅度达5.1%。", "5.1%", "细颗粒物平均浓度"),
    ("棉花产量580万吨，增产12万吨。", "12万吨", "棉花产量"),
])
def test_words_around_the_indicator_are_not_part_of_it(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_a_respective_list_without_items_takes_the_subjects_of_the_figures_just_before() -> None:
    got = subjects("甲市接待游客120万人次，旅游收入9亿元，同比分别增长12%、15%。")
    assert (got["12%"], got["15%"]) == ("甲市接待游客", "旅游收入")


def test_a_second_respective_list_reuses_the_items_of_the_first() -> None:
    got = subjects("家电和汽车零售额分别增长8%和6%，增速分别比上月加快1.2和0.5个百分点。")
    assert (got["1.2"], got["0.5个百分点"]) == (got["8%"], got["6%"]) == ("家电零售额", "汽车零售额")


def test_a_respective_list_of_periods_takes_no_subjects_from_the_sentence_before() -> None:
    got = subjects("全市生产总值1200亿元，营业收入300亿元。一季度、二季度分别增长5%、7%。")
    assert (got["5%"], got["7%"]) == (None, None)


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("去年投资下降主要是由于流入发达经济体的外国直接投资减少了22%。", "22%", "流入发达经济体的外国直接投资"),
    ("安置点有120名孩子，其中45人为孤儿。", "45人", "孤儿"),
    ("贴膜玻璃的强度是普通玻璃的3倍。", "3倍", "贴膜玻璃的强度"),
    ("管理费用不得超过当年总支出的10%。", "10%", "管理费用"),
    ("通过放大社会资本，形成800亿基金投资规模。", "800亿", "基金投资规模"),
])
def test_causes_members_multiples_caps_and_results_name_what_was_measured(
        text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("为期三天的全国硕士研究生招生考试今天开考。", "三天", "全国硕士研究生招生考试"),
    ("研讨班为期4天。", "4天", "研讨班"),
    ("在庆祝中国共产党成立105周年大会上，他发表讲话。", "105周年", "中国共产党成立"),
    ("以今年两国建交50周年为契机。", "50周年", "两国建交"),
])
def test_a_measured_duration_and_an_anniversary_name_what_they_measure(
        text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface"), [
    ("<br></p><p>今年前两个月，中国高技术制造业实际使用外资增长了68.9%。", "前两个月"),
    ("甲网讯北京时间10月17日晚间消息，甲公司宣布设立100亿元基金。", "100亿元"),
])
def test_markup_and_datelines_are_never_subjects(text: str, surface: str) -> None:
    got = subjects(text)[surface]
    assert got is None or ("<" not in got and not got.endswith(("讯", "北京时间")))


def test_an_event_counted_after_fasheng_is_the_noun_after() -> None:
    assert subjects("某省3日发生两起爆炸事件。")["两起"] == "爆炸事件"


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("数据集总体量超960拍字节，相当于国家图书馆数字资源总量的336倍。", "336倍", "数据集总体量"),
    ("平台上活跃着2.8万娱乐明星、78万头部作者。", "78万", "头部作者"),
    ("人均生产总值47654元，增长2%；按年均汇率折算为6908美元。", "6908美元", "人均生产总值"),
])
def test_conversions_multiples_of_a_base_and_bare_head_counts(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_a_counted_noun_may_open_with_a_network_generation() -> None:
    assert subjects("广州计划年内建成2万座5G基站。")["2万座"] == "5G基站"


def test_an_age_range_written_with_a_dash_stays_whole_in_its_subject() -> None:
    # the dash of 0—3岁 was read as a break, leaving 3岁婴幼儿 (three-year-olds) as what was counted
    got = {f["surface"]: f["subject"] for f in extract("其中，70岁以上老人1118万左右，0—3岁婴幼儿近200万。")}
    assert got["近200万"] == "0—3岁婴幼儿"


@pytest.mark.parametrize(("text", "surface", "expected"), [
    # a time adverb or an example's marker opens the sentence, not the indicator
    ("如今民勤县森林覆盖率已经超过18%。", "超过18%", "民勤县森林覆盖率"),
    ("比如广电计量的定增发行价24.01元/股。", "24.01元/股", "广电计量的定增发行价"),
    ("现在全市日均客流量达到120万人次。", "120万人次", "全市日均客流量"),
    # a flow between two parties is no span of time (往来 is not 近一个月来)
    ("1至8月，我国居民与东盟国家人员往来超2524.4万人次，同比增长11.2％。", "11.2％", "居民与东盟国家人员往来"),
    # a topic clause's indicator is whole for the figures after it (研究与试验发展 is one name)
    ("2024年，我国全社会研究与试验发展经费投入稳步增长，达到36130亿元，比上年增长8.3%。", "8.3%",
     "全社会研究与试验发展经费投入"),
    ("全市研发投入持续增加，达到520亿元。", "520亿元", "全市研发投入"),
    # a span's 内 after its figure is no word of the indicator (it was 内降雨量, 内新增病例)
    ("在布里斯班等地，24小时内降雨量达到300毫米。", "300毫米", "降雨量"),
    ("一周内新增病例超过200例。", "超过200例", "新增病例"),
    # a level told at a day: the day's 于 and the estimate's 预计 go, the noun stays whole in either script
    ("財政儲備於2026年3月31日為6544億元。", "6544億元", "財政儲備"),
    ("財政儲備預計於2026年3月31日為6,544億元。", "6,544億元", "財政儲備"),
    # a session or a weekday after a market is the day, not the index
    ("恒生指數全日升326點或1.3%，收報25,436點。", "326點", "恒生指數"),
    ("道指週五下跌1.5%。", "1.5%", "道指"),
    # an attributable line's owner is read whole, however long (it was cut to its last eight characters)
    ("非國際財務報告準則下股東應佔盈利631億元，按年增長10%。", "631億元", "非國際財務報告準則下股東應佔盈利"),
])
def test_the_indicator_is_named_without_the_words_around_it(text: str, surface: str, expected: str) -> None:
    got = {f["surface"]: f["subject"] for f in extract(text, date="2025-09-20")}
    assert got[surface] == expected


def test_a_respective_list_in_the_next_clause_follows_the_items_of_the_first() -> None:
    # the points after 分别 all took the last item (服务业增加值), lent on from the list before them
    got = {f["surface"]: f["subject"] for f in extract(
        "一季度，规模以上工业增加值、服务业增加值同比增长6.5%、5.3%，比上年全年分别加快0.7、0.3个百分点。")}
    assert got["0.7"] == got["6.5%"] == "规模以上工业增加值"
    assert got["0.3个百分点"] == got["5.3%"] == "服务业增加值"
