"""The change a figure states: up/down, the verb as written, and the comparison base."""

from __future__ import annotations

import pytest

from store.facts import extract


def fact(text: str, surface: str) -> dict:
    found = [f for f in extract(text, date="2024-08-15") if f["surface"] == surface]
    assert len(found) == 1, (surface, [f["surface"] for f in extract(text, date="2024-08-15")])
    return found[0]


def change(text: str, surface: str) -> tuple[str | None, str | None, str | None]:
    f = fact(text, surface)
    return f["change"], f["change_word"], f["base"]


@pytest.mark.parametrize(("text", "surface", "word"), [
    ("全市出口同比增长6.5%", "6.5%", "增长"),
    ("社会消费品零售总额增加120亿元", "120亿元", "增加"),
    ("城镇调查失业率上升0.2个百分点", "0.2个百分点", "上升"),
    ("研发投入强度提高0.3个百分点", "0.3个百分点", "提高"),
    ("增速比一季度加快0.8个百分点", "0.8个百分点", "加快"),
    ("贸易顺差扩大15%", "15%", "扩大"),
    ("制造业PMI回升1.2个百分点", "1.2个百分点", "回升"),
    ("较上一交易日调升30个基点", "30个基点", "调升"),
    ("本港经济按年增長2.5%", "2.5%", "增長"),
])
def test_growth_words_are_up(text: str, surface: str, word: str) -> None:
    direction, written, _ = change(text, surface)
    assert (direction, written) == ("up", word)


@pytest.mark.parametrize(("text", "surface", "word"), [
    ("万元国内生产总值能耗比上年下降3.1%", "3.1%", "下降"),
    ("亏损企业数量减少12家", "12家", "减少"),
    ("融资成本降低0.4个百分点", "0.4个百分点", "降低"),
    ("增速回落0.6个百分点", "0.6个百分点", "回落"),
    ("增长势头放缓0.3个百分点", "0.3个百分点", "放缓"),
    ("降幅收窄0.4个百分点", "0.4个百分点", "收窄"),
    ("城乡收入差距缩小0.5个百分点", "0.5个百分点", "缩小"),
    ("股价盘中下挫3%", "3%", "下挫"),
    ("人民币存款少增2300亿元", "2300亿元", "少增"),
    ("製造業活動收縮1.5%", "1.5%", "收縮"),
])
def test_decline_words_and_smaller_increases_are_down(text: str, surface: str, word: str) -> None:
    direction, written, _ = change(text, surface)
    assert (direction, written) == ("down", word)


@pytest.mark.parametrize(("text", "surface", "direction", "word", "base"), [
    ("全年平均气温比常年偏高，降水日数比上年多3天", "3天", "up", "多", "上年"),
    ("城镇居民收入增速比农村低0.5个百分点", "0.5个百分点", "down", "低", "农村"),
    ("全市人均收入高于全国平均水平0.8个百分点", "0.8个百分点", "up", "高于", "全国平均水平"),
])
def test_comparison_adjectives_against_a_base(text: str, surface: str, direction: str, word: str, base: str) -> None:
    assert change(text, surface) == (direction, word, base)


@pytest.mark.parametrize(("text", "surface", "base"), [
    ("上半年贡献率比去年全年提高3.8个百分点", "3.8个百分点", "去年全年"),
    ("M2余额较4月末增加1.2万亿元", "1.2万亿元", "4月末"),
    ("全市出口同比增长6.5%", "6.5%", "上年同期"),
    ("居民消费价格环比上涨0.3%", "0.3%", "上月"),
    ("能耗比上年下降3.1%", "3.1%", "上年"),
    ("零售额按年下跌7%", "7%", "上年同期"),
    # 按年 says "by year", for a month too (上年同期); the text names 上年同月 when it means it
    ("11月零售业总销货价值按年上升15.9%", "15.9%", "上年同期"),
    ("11月零售业总销货价值比上年同月上升15.9%", "15.9%", "上年同月"),
    ("三季度GDP环比增长0.9%", "0.9%", "上季"),
])
def test_the_comparison_base(text: str, surface: str, base: str) -> None:
    assert change(text, surface)[2] == base


def test_respectively_lists_give_every_item_the_change_and_base() -> None:
    text = "城镇和农村居民收入分别比上年提高0.9、5.9个百分点"
    facts = [f for f in extract(text, date="2024-08-15") if f["kind"] in ("points", "percent", "index")]
    assert [(f["change"], f["change_word"], f["base"]) for f in facts] == [("up", "提高", "上年")] * len(facts)
    text = "全市“飙车炸街”警情、舆情同比分别下降8.6%、7.2%。"
    assert [f["change"] for f in extract(text) if f["kind"] == "percent"] == ["down", "down"]


def test_a_level_reached_is_not_a_change() -> None:
    assert change("全市汽车总产量同步跃升至254万辆", "254万辆") == (None, None, None)
    assert change("期末余额降至80亿元", "80亿元") == (None, None, None)


def test_levels_without_a_change_word_have_no_change() -> None:
    assert change("该公司实现营业收入12.5亿元", "12.5亿元") == (None, None, None)
    assert change("比重为35%", "35%") == (None, None, None)


def test_words_that_only_contain_a_change_word_are_not_changes() -> None:
    assert change("全市规模以上工业增加值3000亿元", "3000亿元")[0] is None


def test_multiples_of_growth_are_up() -> None:
    assert change("四年增长22.2倍", "22.2倍")[:2] == ("up", "增长")


def test_a_signed_figure_after_a_year_on_year_marker_takes_its_sign() -> None:
    f = fact("营业收入同比-5.3%", "-5.3%")
    assert (f["change"], f["base"]) == ("down", "上年同期")
    f = fact("营业收入同比+12%", "+12%") if "+12%" in [g["surface"] for g in extract("营业收入同比+12%")] \
        else fact("营业收入同比+12%", "12%")
    assert (f["change"], f["base"]) == ("up", "上年同期")


@pytest.mark.parametrize(("text", "surface", "direction", "word"), [
    ("5年期以上LPR下调至3.85%，降幅为10个基点", "10个基点", "down", "降幅"),
    ("10年期国债收益率下行3.5个基点", "3.5个基点", "down", "下行"),
    ("港股低开27点", "27点", "down", "低开"),
    ("决定下调金融机构存款准备金率0.5个百分点", "0.5个百分点", "down", "下调"),
    ("较发行底价溢价29.09%", "29.09%", "up", "溢价"),
    ("钽锭价格今年以来涨幅已超150%", "超150%", "up", "涨幅"),
    ("对部分商品加征40%的关税", "40%", "up", "加征"),
    ("服务零售额快于商品零售额14.2个百分点", "14.2个百分点", "up", "快于"),
])
def test_more_ways_to_state_a_change(text: str, surface: str, direction: str, word: str) -> None:
    assert change(text, surface)[:2] == (direction, word)


def test_contributions_and_a_base_own_value_are_not_changes() -> None:
    assert change("最终消费支出拉动经济增长4.3个百分点", "4.3个百分点")[0] is None
    assert change("全球货物贸易将增长0.9%，高于4月预测的-0.2%", "-0.2%")[0] is None


def test_bases_keep_the_same_period_and_the_text_as_written() -> None:
    assert change("毛利率较上年同期提升2.4个百分点", "2.4个百分点")[2] == "上年同期"
    assert change("吨钢可比能耗下降0.6%", "0.6%")[2] is None
    assert change("高于全国进出口增速7.1个百分点", "7.1个百分点")[2] == "全国进出口增速"
    assert change("较２０１０年增加约５０００亿元", "约５０００亿元")[2] == "２０１０年"


def test_a_multiple_of_a_base_names_it() -> None:
    assert change("出入境车流量是2019年同期的3.6倍", "3.6倍") == (None, None, "2019年同期")


def test_doubling_is_up_against_its_base() -> None:
    f = next(g for g in extract("养老床位数比2012年翻了一番", date="2024-08-15") if g["kind"] == "multiple")
    assert (f["change"], f["base"]) == ("up", "2012年")


def test_adverbs_between_base_and_verb_are_not_the_base() -> None:
    assert change("居民人均可支配收入比上年名义增长6.3%", "6.3%")[2] == "上年"


def test_each_figure_of_a_respective_list_has_its_own_base() -> None:
    got = {f["surface"]: f["base"] for f in extract("前三季度国内生产总值增长5%，比上年全年和上年同期分别加快0.2和0.4个百分点。",
                                                     date="2024-10-20")}
    assert (got["0.2"], got["0.4个百分点"]) == ("上年全年", "上年同期")


@pytest.mark.parametrize("text", ["营业总收入较去年同期暴增2198.3%。", "净利润较去年同期大增35%。"])
def test_emphatic_increases_are_changes_up(text: str) -> None:
    f = [f for f in extract(text) if f["kind"] == "percent"][0]
    assert (f["change"], f["base"]) == ("up", "去年同期")


def test_a_signed_rate_in_brackets_after_its_item_is_a_change_by_its_sign() -> None:
    got = {f["subject"]: f["change"] for f in extract("升幅较大的有教育(+8.24%)、衣履(+3.89%)，跌幅较大的有食物(-2.24%)。")}
    assert got == {"教育": "up", "衣履": "up", "食物": "down"}


def test_a_negative_level_is_no_change() -> None:
    assert [f["change"] for f in extract("加权平均净资产收益率为-6.83%。")] == [None]


@pytest.mark.parametrize(("text", "surface"), [
    ("建成后可满足年旅客吞吐量4500万人次、年飞机起降38万架次的使用要求。", "38万架次"),
    ("新航站楼预计年飞机起降30万架次。", "30万架次"),
])
def test_takeoffs_and_landings_are_no_fall(text: str, surface: str) -> None:
    """`起降38万架次` counts flights that take off and land (an airport's capacity): the 降 in it is no fall."""
    assert change(text, surface)[0] is None
