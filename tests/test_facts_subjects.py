"""What a figure measures: the indicator as a whole phrase of whole words."""

from __future__ import annotations

import pytest

from store.facts import extract


def subject(text: str, surface: str) -> str | None:
    found = [f for f in extract(text, date="2024-08-15") if f["surface"] == surface]
    assert len(found) == 1, (surface, [f["surface"] for f in extract(text, date="2024-08-15")])
    return found[0]["subject"]


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("该公司实现营业收入12.5亿元", "12.5亿元", "营业收入"),
    ("全年社会消费品零售总额为47.1万亿元", "47.1万亿元", "社会消费品零售总额"),
    ("规模以上工业增加值达到3.2万亿元", "3.2万亿元", "规模以上工业增加值"),
    ("全市常住人口约为3200万人", "3200万人", "全市常住人口"),
    ("万元国内生产总值能耗比上年下降3.1%", "3.1%", "万元国内生产总值能耗"),
    ("被骗资金返还效率达47%", "47%", "被骗资金返还效率"),
    ("城镇调查失业率是5.0%", "5.0%", "城镇调查失业率"),
])
def test_the_subject_reaches_back_over_linking_verbs_to_the_whole_indicator(
        text: str, surface: str, expected: str) -> None:
    assert subject(text, surface) == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("粮食总产量约13900亿斤", "13900亿斤", "粮食总产量"),
    ("全年净利润至少5亿元", "5亿元", "净利润"),
    ("全省高速公路通车里程近9000公里", "9000公里", "全省高速公路通车里程"),
    ("外贸进出口总值超42万亿元", "42万亿元", "外贸进出口总值"),
])
def test_qualifiers_stay_out_of_the_subject(text: str, surface: str, expected: str) -> None:
    found = [f for f in extract(text, date="2024-08-15") if surface in f["surface"]]
    assert [f["subject"] for f in found] == [expected]


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("美国对以色列的军售金额达38亿美元", "38亿美元", "军售金额"),
    ("查处违法行为1200起", "1200起", "违法行为"),
    ("全国人大常委会委员154人出席会议", "154人", "全国人大常委会委员"),
    ("英国10年期国债收益率升至4.6%", "4.6%", "英国10年期国债收益率"),
])
def test_subjects_are_never_broken_words(text: str, surface: str, expected: str) -> None:
    assert expected in (subject(text, surface) or "")


@pytest.mark.parametrize(("text", "surface"), [
    ("助力重庆冲刺4万亿元", "4万亿元"),
    ("剑指1000亿元", "1000亿元"),
])
def test_a_verb_phrase_is_not_a_subject(text: str, surface: str) -> None:
    assert subject(text, surface) is None


def test_profit_variants_keep_their_qualifier() -> None:
    text = "公司归母净利润5.2亿元，扣除非经常性损益的净利润-3.07亿元"
    assert subject(text, "5.2亿元") == "归母净利润"
    assert subject(text, "-3.07亿元") == "扣除非经常性损益的净利润"


def test_a_loss_is_the_profit_it_names() -> None:
    assert subject("公司全年净亏损202.54亿元", "202.54亿元") == "净利润"
    assert subject("归母净亏损3亿元", "3亿元") == "归母净利润"


def test_scope_words_stay_in_the_subject_as_written() -> None:
    assert subject("全县粮食总产量同步跃升至80万吨", "80万吨") == "全县粮食总产量"
    assert subject("全國居民消費價格同比上漲1.0%", "1.0%") == "全國居民消費價格"


def test_a_rate_noun_alone_takes_the_sentence_subject_glued_to_its_indicator_it_is_left_out() -> None:
    assert subject("沪指报3120.55点，涨幅0.8%", "0.8%") == "沪指"
    assert subject("居民消费价格涨幅3%左右", "3%左右") == "居民消费价格"   # a change: the thing that rose


def test_bare_adverbs_take_the_sentence_subject() -> None:
    text = "全国居民人均可支配收入41314元，比上年名义增长6.3%，扣除价格因素实际增长6.1%"
    assert subject(text, "41314元") == "全国居民人均可支配收入"
    assert subject(text, "6.3%") == "全国居民人均可支配收入"
    assert subject(text, "6.1%") == "全国居民人均可支配收入"


def test_respectively_lists_pair_each_figure_with_its_item() -> None:
    text = "第一产业、第二产业、第三产业增加值分别增长3.5%、4.7%、5.0%"
    got = [f["subject"] for f in extract(text) if f["kind"] == "percent"]
    assert got == ["第一产业增加值", "第二产业增加值", "第三产业增加值"]
    text = "2年期、3年期、10年期国债发行利率分别为1.49%、1.52%和1.75%"
    assert [f["subject"] for f in extract(text) if f["kind"] == "percent"] == \
        ["2年期国债发行利率", "3年期国债发行利率", "10年期国债发行利率"]


def test_comparison_base_figures_do_not_cut_the_subject() -> None:
    text = "布伦特原油均价为98.86美元/桶，比2021年的70.95美元/桶高27.91美元/桶"
    facts = [f for f in extract(text, date="2023-01-10") if f["kind"] == "money"]
    assert facts[0]["subject"] == "布伦特原油均价"
    assert facts[-1]["subject"] == "布伦特原油均价"


def test_counts_name_the_noun_they_count() -> None:
    assert "高新技术企业" in (subject("全市新增高新技术企业1200家", "1200家") or "")
    assert subject("已成功打掉49个飙车团伙", "49个") == "飙车团伙"
    assert subject("事故造成3人死亡", "3人") == "死亡"


def test_hong_kong_traditional_text() -> None:
    assert subject("本港零售業總銷貨價值按年下跌7%", "7%") == "本港零售業總銷貨價值"


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("1200亿元中央财政救助资金已经下达", "1200亿元", "中央财政救助资金"),
    ("对进口钢材征收25%关税", "25%", "关税"),
    ("政策实施后，近2万人受益", "近2万人", "受益"),
])
def test_a_figure_with_nothing_left_of_it_takes_the_noun_after(text: str, surface: str, expected: str) -> None:
    assert subject(text, surface) == expected


def test_a_later_clause_takes_the_measured_thing_an_earlier_clause_names() -> None:
    text = "居民消费价格指数保持温和上涨，同比上涨0.1%。"
    assert subject(text, "0.1%") == "居民消费价格指数"


def test_comparisons_take_the_sentence_subject_and_base_values_name_the_base() -> None:
    text = "全市机械工业增加值同比增长6.0%，高于全国工业0.2个百分点。"
    assert subject(text, "0.2个百分点") == "全市机械工业增加值"
    text = "本次定增发行价24.01元/股，较发行底价18.60元/股溢价29.09%。"
    got = {f["value"]: f["subject"] for f in extract(text) if f["kind"] == "money"}
    assert got[18.6] == "发行底价"


def test_from_and_by_open_the_span_the_figure_starts() -> None:
    text = "展览面积由过去的96万平方米扩大到132万平方米"
    assert [f["subject"] for f in extract(text) if f["kind"] == "quantity"] == ["展览面积", "展览面积"]


def test_durations_that_span_something_else_have_no_subject() -> None:
    assert subject("十年来，居民收入增长近八成", "十年") is None
    found = [f for f in extract("粮食产量连续9年稳定在1.3万亿斤以上") if "9年" in f["surface"]]
    assert [f["subject"] for f in found] == [None]


def test_a_conversion_in_brackets_shares_the_figure_it_converts() -> None:
    text = "2025财年净亏损4239亿日元（约合182亿元人民币）"
    got = [f["subject"] for f in extract(text, date="2026-05-14") if f["kind"] == "money"]
    assert got == ["净利润", "净利润"]


def test_list_heads_are_shared_by_every_item() -> None:
    text = "传媒、汽车、医药行业主力资金净流出金额居前，分别为58.12亿元、41.07亿元、33.95亿元"
    assert [f["subject"] for f in extract(text) if f["kind"] == "money"] == [
        "传媒行业主力资金净流出金额", "汽车行业主力资金净流出金额", "医药行业主力资金净流出金额"]


def test_verbs_are_cut_only_where_they_are_words_of_their_own() -> None:
    assert subject("其中，云计算、大数据服务同比增长13.3%", "13.3%") == "云计算、大数据服务"


def test_a_tenor_is_a_label_not_a_measured_duration() -> None:
    found = [f for f in extract("英国10年期国债收益率升至4.6%") if f["kind"] == "duration"]
    assert all(f["subject"] is None for f in found)


def test_an_obligation_is_a_verb_phrase() -> None:
    assert subject("所有人应缴纳500元", "500元") is None


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("近27000块定日镜跟踪太阳转动", "近27000块", "定日镜"),
    ("20支社火队伍穿行在大街小巷", "20支", "社火队伍"),
    ("帮助近5000家经营主体开拓了海外市场", "近5000家", "经营主体"),
])
def test_the_noun_after_a_count_ends_where_its_clause_verb_starts(text: str, surface: str, expected: str) -> None:
    assert subject(text, surface) == expected


def test_a_verb_after_a_figure_is_not_its_subject() -> None:
    text = "7月份CPI同比上涨0.5%；环比由上月下降0.2%转为上涨0.5%。"
    assert [f["subject"] for f in extract(text, date="2024-08-09") if f["kind"] == "percent"] == ["CPI"] * 3


def test_rate_nouns_of_hong_kong_releases_take_the_indicator() -> None:
    text = "1月零售業總銷貨價值按年上升百分之5.5，升幅較去年12月放緩1.1個百分點。"
    found = [f for f in extract(text, date="2024-03-01") if f["kind"] == "points"]
    assert [f["subject"] for f in found] == ["零售業總銷貨價值"]


def test_an_of_phrase_naming_the_owner_stays_whole_a_qualifying_one_does_not() -> None:
    assert subject("经营活动产生的现金流量净额为-9.46亿元", "-9.46亿元") == "经营活动产生的现金流量净额"
    assert subject("經季節性調整的失業率為3.1%", "3.1%") == "失業率"


@pytest.mark.parametrize(("text", "expected"), [
    ("2023年服务业增加值占GDP比重达到54.6%", "服务业增加值占GDP比重"),
    ("其中农村用户规模达1.87亿，占整体用户的24.1%", "农村用户规模占整体用户"),   # whose share: the sentence's
    ("金刚石散热片占其10%", "金刚石散热片"),
])
def test_shares_name_the_ratio_the_part_or_the_whole(text: str, expected: str) -> None:
    assert [f["subject"] for f in extract(text, date="2024-01-10") if f["kind"] == "percent"] == [expected]


def test_every_change_word_the_changes_reader_knows_is_stripped_from_a_subject() -> None:
    text = "首三季，本港經濟按年增長2.5%，其中第三季按年收縮1.2%。"
    got = [f["subject"] for f in extract(text, date="2024-11-15") if f["kind"] == "percent"]
    assert got == ["本港經濟", "本港經濟"]
