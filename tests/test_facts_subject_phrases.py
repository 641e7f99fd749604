"""Subjects as the whole measured phrase (issue 10): the object of a transitive verb, nouns a
count quantifies together, the head noun after a relative clause.  Sentences written for
these tests in the registers of government and company reports."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2024-08-15")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("全省已建成高质量数据集超2万个。", "超2万个", "高质量数据集"),
    ("省财政已发放政府补贴资金3.5亿元。", "3.5亿元", "政府补贴资金"),
    ("有关部门已经下达污染治理资金预算300亿元。", "300亿元", "污染治理资金预算"),
    ("该区力争年销售额超过50亿元。", "超过50亿元", "年销售额"),
    ("全年累计征收税费收入12万亿元。", "12万亿元", "税费收入"),
    ("全市植树120万株，折合造林面积8000亩。", "8000亩", "造林面积"),
    ("铁路部门安排图定旅客列车1200列。", "1200列", "图定旅客列车"),
    ("10年期国债收益率下破2%。", "2%", "10年期国债收益率"),
])
def test_the_verb_before_the_measured_thing_is_not_part_of_it(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("截至6月末，银行对实体经济发放的人民币贷款余额为25万亿元。", "25万亿元", "人民币贷款余额"),
    ("6月新发放的企业贷款加权平均利率为3.7%。", "3.7%", "新发放的企业贷款加权平均利率"),
])
def test_a_verb_inside_a_relative_clause_cuts_the_clause_not_the_head(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("花市在全区12个公园和广场举办。", "12个", "公园和广场"),
    ("30名议员和议会官员参加研讨班。", "30名", "议员和议会官员"),
    ("本次巡视覆盖20家中央和国家机关。", "20家", "中央和国家机关"),
    ("120多位驻华使节、政府官员和专家学者出席论坛。", "120多位", "驻华使节、政府官员和专家学者"),
])
def test_nouns_joined_after_a_count_are_counted_together(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("来自30个国家和联合国等5个国际组织的代表出席。", "30个", "国家"),
    ("平台与2000多家内容机构和超过300档节目合作。", "2000多家", "内容机构"),
    ("园区引进15家企业和3个研发中心。", "15家", "企业"),
])
def test_a_joined_list_stops_where_another_figure_or_list_begins(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("已有10余家长租公寓因资金链断裂而停业。", "10余家", "长租公寓"),
    ("基金会捐赠5000个新书包给山区学生。", "5000个", "新书包"),
    ("会议邀请了8个国际组织的代表。", "8个", "国际组织"),
])
def test_the_counted_noun_is_read_as_whole_words(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_a_count_followed_by_a_relative_clause_counts_its_head_noun() -> None:
    got = subjects("当天，8辆满载电子元件的货车从园区启运。")
    assert got["8辆"] == "满载电子元件的货车"


def test_a_noun_then_its_verb_is_no_relative_clause() -> None:
    got = subjects("报告从六个方面深入总结了改革的主要经验。")
    assert got["六个"] == "方面"


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("2024年最终消费支出对经济增长的贡献率达到60.1%。", "60.1%", "最终消费支出对经济增长的贡献率"),
    ("今日人民币对美元汇率中间价报7.1250。", "7.1250", "人民币对美元汇率中间价"),
    ("前5个月，云南对东盟进出口800亿元。", "800亿元", "云南对东盟进出口"),
    ("此举使得对该国的关税税率升至25%。", "25%", "对该国的关税税率"),
])
def test_an_indicator_of_one_thing_towards_another_is_kept_whole(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_towards_still_cuts_before_a_verb_phrase() -> None:
    assert subjects("该市对企业发放补贴资金2亿元。")["2亿元"] == "补贴资金"


@pytest.mark.parametrize("joiner", ["与", "和"])
def test_each_item_of_a_respective_list_is_read_whole(joiner: str) -> None:
    got = subjects(f"公司流动比率{joiner}速动比率分别为1.45和1.02。")
    assert (got["1.45"], got["1.02"]) == ("流动比率", "速动比率")


def test_a_respective_list_may_separate_its_items_by_commas_after_wei() -> None:
    got = subjects("升幅较大的三类为水电、燃气及取暖，交通，及医疗，分别上升3.1%、2.2%和1.5%。")
    assert (got["3.1%"], got["2.2%"], got["1.5%"]) == ("水电、燃气及取暖", "交通", "医疗")


def test_commas_before_a_respective_list_without_wei_are_clauses_not_items() -> None:
    got = subjects("今年以来，市场回暖，家电和汽车零售额分别增长8%和6%。")
    assert (got["8%"], got["6%"]) == ("家电零售额", "汽车零售额")


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("3月份，全国居民消费价格指数（CPI）同比上涨0.7%。", "0.7%", "全国居民消费价格指数（CPI）"),
    ("公司投入资本回报率(ROIC)为-12.5%。", "-12.5%", "投入资本回报率(ROIC)"),
    ("前10个月，中欧班列（成都）开行3000列。", "3000列", "中欧班列（成都）"),
])
def test_a_bracket_naming_the_indicator_again_stays_in_the_subject(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("短期品种(1-3年)利率区间为1.2%-1.8%。", "1.2%-1.8%", "短期品种利率区间"),
    ("失业人数(不经季节性调整)增加3000人。", "3000人", "失业人数"),
])
def test_a_bracket_with_figures_or_a_qualification_is_left_out(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("新兴经济体成长3.9%。", "3.9%", "新兴经济体"),
    ("今年经济成长为3.1%。", "3.1%", "经济成长"),
    ("信用利差走阔1.5bp。", "1.5bp", "信用利差"),
    ("布伦特原油10月交割价攀高1.06美元。", "1.06美元", "布伦特原油10月交割价"),
])
def test_a_change_verb_between_indicator_and_figure_is_not_part_of_it(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_an_ordinal_batch_and_its_sum_both_count_the_noun_after_the_sum() -> None:
    got = subjects("财政部在香港发行今年第四期80亿元人民币国债。")
    assert got["第四期"] == got["80亿元人民币"] == "国债"


def test_an_ordinal_without_a_sum_counts_the_noun_right_after_it() -> None:
    assert subjects("中宣部命名第九批全国学雷锋活动示范点。")["第九批"] == "全国学雷锋活动示范点"


def test_a_figure_standing_before_zhe_shi_measures_what_zhe_shi_names() -> None:
    got = {f["surface"]: f for f in extract("126万亿元，这是我国2023年的国内生产总值，相当于2013年的2倍。",
                                            date="2024-03-01")}
    assert (got["126万亿元"]["subject"], got["126万亿元"]["period"]) == ("国内生产总值", "2023")
    assert got["2倍"]["period"] == "2023"


def test_zhe_shi_after_a_clause_with_its_own_subject_changes_nothing() -> None:
    assert subjects("全年粮食产量7亿吨，这是历史新高。")["7亿吨"] == "粮食产量"


def test_a_contract_month_is_part_of_the_contracts_name() -> None:
    assert subjects("布蘭特原油12月期貨上漲1.2美元。")["1.2美元"] == "布蘭特原油12月期貨"


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("2006年至2008年全國單位GDP能耗分別修訂為1.24、1.18、1.12噸標準煤/萬元。", "1.24", "全國單位GDP能耗"),
    ("公司前三季度净利润预增30%到50%。", "30%到50%", "净利润"),
])
def test_revisions_and_forecast_changes_are_not_part_of_the_indicator(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("纽约商品交易所12月份交割的黄金期货价格下跌15.2美元。", "15.2美元", "黄金期货价格"),
    ("纽约商品交易所西德州中级原油10月交割价上涨1.2美元。", "1.2美元", "西德州中级原油10月交割价"),
])
def test_a_futures_contract_is_named_without_its_exchange_and_delivery_clause(
        text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_an_exchange_before_what_is_not_traded_stays() -> None:
    assert subjects("上海证券交易所上市公司总市值达50万亿元。")["50万亿元"].startswith("上海证券交易所")


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("全国快递年业务量首次突破1500亿件。", "1500亿件", "全国快递年业务量"),
    ("当日黄金期货共成交13000手。", "13000手", "黄金期货"),
])
def test_first_time_and_traded_in_all_are_not_part_of_the_indicator(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_a_subject_ending_in_cai_keeps_it() -> None:
    assert subjects("全省引进高层次人才500名。")["500名"].endswith("人才")


def test_an_items_own_figure_before_a_respective_list_is_no_part_of_the_item() -> None:
    got = subjects("全年完成运输总周转量1100亿吨公里、旅客运输量6亿人次，分别比上年增长90%、140%。")
    assert (got["90%"], got["140%"]) == ("运输总周转量", "旅客运输量")


def test_a_comparison_base_period_named_as_a_date_is_left_out_of_the_subject() -> None:
    got = subjects("2024年1月至3月失業率較2023年12月至2024年2月下跌0.2個百分點。")
    assert got["0.2個百分點"] == "失業率"


def test_a_price_named_only_by_its_kind_is_the_sentence_subjects() -> None:
    got = subjects("布伦特原油12月期货上涨1.5美元，结算价报每桶70.2美元。")
    assert got["70.2美元"] == got["1.5美元"] == "布伦特原油12月期货"
