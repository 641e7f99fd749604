"""Classes the sealed2 gold sample's first score showed, as specifications.

Each case is written for this file (never copied from the corpus): the class of
wording, not the sentence that revealed it.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _fact(text: str, surface: str, **kw) -> dict:
    facts = [f for f in extract(text, **kw) if f["surface"] == surface]
    assert facts, f"{surface!r} not read from {text!r}: {[f['surface'] for f in extract(text, **kw)]}"
    return facts[0]


# --- Chinese digits written one by one, with a decimal point (Taiwan press) ------------------

@pytest.mark.parametrize(("text", "surface", "value", "kind"), [
    ("上月工業生產指數一二七.四五、年減三.二一%。", "一二七.四五", 127.45, "index"),
    ("上月工業生產指數一二七.四五、年減三.二一%。", "三.二一%", 3.21, "percent"),
    ("外銷訂單年增○.五二%。", "○.五二%", 0.52, "percent"),
    ("出口年增二十一.七%。", "二十一.七%", 21.7, "percent"),
    ("失業率為三.四%。", "三.四%", 3.4, "percent"),
    ("全年營業額為五兆三○八二億元。", "五兆三○八二億元", 5_308_200_000_000, "money"),
    ("全年營業額為十一兆六五二億元。", "十一兆六五二億元", 11_065_200_000_000, "money"),
    ("前11月營業額達4兆1,230億元。", "4兆1,230億元", 4_123_000_000_000, "money"),
])
def test_digit_by_digit_decimals_and_trillions_keep_every_digit(text, surface, value, kind):
    f = _fact(text, surface)
    assert (f["value"], f["kind"]) == (value, kind)
    assert text[f["start"]:f["end"]] == surface


def test_a_decrease_written_in_chinese_digits_keeps_its_direction():
    f = _fact("物價指數年減一.○五%。", "一.○五%")
    assert (f["value"], f["change"]) == (1.05, "down")


@pytest.mark.parametrize("text", ["一.总体情况", "三.二 主要做法", "二.五年计划"])
def test_an_outline_number_is_no_figure(text):
    assert [f for f in extract(text) if f["kind"] not in ("year", "date")] == []


# --- losses ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "value"), [
    ("期內股東應佔虧損收窄12.5%至3200萬元。", "3200萬元", -32_000_000),
    ("公司净亏损同比收窄18%至2.4亿元。", "2.4亿元", -240_000_000),
    ("酒店分部虧損擴大6%至410萬元。", "410萬元", -4_100_000),
])
def test_a_loss_after_its_change_is_still_a_loss(text, surface, value):
    assert _fact(text, surface)["value"] == value


def test_a_loss_cut_by_an_amount_is_no_loss():
    assert _fact("亏损同比减少5000万元。", "5000万元")["value"] == 50_000_000


# --- units, points, scores -------------------------------------------------------------------

def test_basis_points_in_taiwan_wording_are_points():
    f = _fact("公債殖利率上揚了12個基本點。", "12個基本點")
    assert (f["kind"], f["value"], f["change"]) == ("points", 0.12, "up")


def test_a_rate_hike_in_basis_points_is_a_rise():
    assert _fact("该国央行宣布加息50个基点。", "50个基点")["change"] == "up"


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("全市营商环境满意度得分为86.4分，比上年提高1.3分。", "86.4分", 86.4),
    ("全市营商环境满意度得分为86.4分，比上年提高1.3分。", "1.3分", 1.3),
    ("考生平均成绩为92分。", "92分", 92),
])
def test_a_score_is_counted_in_points(text, surface, value):
    f = _fact(text, surface)
    assert (f["value"], f["unit"], f["kind"]) == (value, "分", "quantity")


@pytest.mark.parametrize("text", ["会议于10时30分开幕，满意度调查随后进行。", "满意度调查用时3分钟。"])
def test_minutes_are_no_score(text):
    assert all(f["unit"] != "分" for f in extract(text))


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("每1分钟，全国光伏发电量达到120万度。", "120万度", "度/分钟"),
    ("每1小时，全国新下线的机器人超过800台。", "超过800台", "台/小时"),
])
def test_a_sentence_opening_with_its_unit_of_time_gives_flows_their_denominator(text, surface, unit):
    f = _fact(text, surface)
    assert f["unit"] == unit
    assert not [g for g in extract(text) if g["kind"] == "duration"]     # 每1分钟 is no duration


def test_a_real_decline_named_after_the_figure_is_down():
    assert _fact("该行业净产值录得2.3%的实质跌幅。", "2.3%")["change"] == "down"


# --- labels ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["学习贯彻十九届中央纪委五次全会精神。", "快递48小时妥投率为92.5%。"])
def test_session_names_and_named_service_rates_are_labels(text):
    assert all(f["surface"] not in ("五次", "48小时") for f in extract(text))


# --- periods of results windows ----------------------------------------------------------------

def test_a_half_year_named_after_its_end_is_the_half():
    f = _fact("截至2024年6月止半年度，集團收入增長8%至2.1億元。", "2.1億元")
    assert f["period"] == "2024H1"


def test_a_fiscal_year_ending_in_march_runs_from_april():
    f = _fact("截至2024年3月31日止年度，公司收入为5亿元。", "5亿元")
    assert f["period"] == "2023-04/2024-03"


def test_the_same_window_of_a_named_earlier_year_is_that_years_window():
    text = "截至二零二一年六月三十日止六个月，收入为3,200,000港元，较二零二零年同期之2,800,000港元上升14.3%。"
    assert _fact(text, "2,800,000港元")["period"] == "2020H1"
    assert _fact(text, "14.3%")["period"] == "2021H1"


@pytest.mark.parametrize("text", ["坚持一个中心、两个基本点。", "大家对此十分满意，满意度得分为90分。"])
def test_slogans_and_adverbs_are_no_points_or_scores(text):
    assert all(f["kind"] != "points" and f["surface"] != "十分" for f in extract(text))


def test_label_value_pairs_separated_by_spaces_each_take_their_label():
    text = "营业收入:52,118,300.16元 营业成本:31,004,512.90元 投资收益:-1,203,000.00元"
    assert [f["subject"] for f in extract(text)] == ["营业收入", "营业成本", "投资收益"]
    assert extract(text)[2]["value"] == -1_203_000


@pytest.mark.parametrize(("text", "surface", "subject_part"), [
    ("伦敦金属交易所的3月期铜合约收盘上涨85美元。", "85美元", "3月期铜"),
    ("上海国际能源交易中心的6月原油期货下跌12元。", "12元", "6月原油期货"),
])
def test_a_contract_month_names_the_contract_not_the_period(text, surface, subject_part):
    f = _fact(text, surface, date="2024-02-16")
    assert subject_part in (f["subject"] or "")
    assert f["period"] in (None, "2024-02-16")


# --- bases ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "base"), [
    ("与上年相比，服务业增加值占比重上升1.2个百分点。", "1.2个百分点", "上年"),   # 比重 holds no 比
    ("清洁能源消费比重年均提升约1个百分点。", "约1个百分点", None),
    ("本地生產總值較上年同期實質下跌1.4%。", "1.4%", "上年同期"),
    ("零售额同比实际增长3.6%。", "3.6%", "上年同期"),
    ("每股盈利较二零二二年之每股盈利下跌12.5%。", "12.5%", "二零二二年"),
])
def test_a_base_is_the_period_compared_not_a_noun_or_adverb_around_it(text, surface, base):
    f = [g for g in extract(text) if g["surface"] == surface or g["surface"].endswith(surface)][0]
    assert f["base"] == base


@pytest.mark.parametrize(("text", "surface", "period"), [
    ("2019年，全国小麦播种面积比上年减少了120万亩。", "120万亩", "2019"),
    ("今年1-9月份，全国农作物受灾面积2.1亿亩。", "2.1亿亩", "2019-01/2019-09"),
])
def test_an_area_sown_or_hit_in_a_period_is_of_that_period(text, surface, period):
    assert _fact(text, surface, date="2019-10-20")["period"] == period


def test_the_area_of_a_place_stays_a_standing_figure():
    assert _fact("该市面积1.6万平方公里。", "1.6万平方公里", date="2019-10-20")["period"] is None


def test_a_base_keeps_its_之初():
    f = _fact("野生鸟类比保护区建立之初增加80种。", "80种")
    assert f["base"] == "保护区建立之初"


@pytest.mark.parametrize(("text", "change"), [("11月出口物價指數年增率2.35%。", "up"),
                                              ("外銷訂單年增率為-4.1%。", "down")])
def test_a_year_on_year_growth_rate_states_its_direction(text, change):
    f = [g for g in extract(text, date="2024-12-20") if g["kind"] == "percent"][0]
    assert (f["change"], f["change_word"]) == (change, "年增率")
    assert f["base"] in ("上年同月", "上年同期")


def test_a_negative_return_is_a_negative_figure():
    assert _fact("基金期內錄得負收益3,400萬港元。", "3,400萬港元")["value"] == -34_000_000


# --- subjects --------------------------------------------------------------------------------

def test_a_degree_adverb_is_no_subject():
    text = "今年5月新车销量为8萬1200輛，比去年的9萬300輛大幅減少10.1%。"
    assert {f["subject"] for f in extract(text, date="2024-06-10") if f["kind"] in ("count", "percent")} == {"新车销量"}


def test_a_market_touch_takes_the_traded_thing():
    f = _fact("纽约白银期货涨1.2%报32.5美元/盎司，盘中最高触及32.8美元/盎司。", "32.8美元/盎司")
    assert f["subject"] == "纽约白银期货"


@pytest.mark.parametrize(("text", "subjects"), [
    ("2023年，全省城乡居民人均可支配收入分别增长5.1%、7.2%。",
     ["全省城镇居民人均可支配收入", "全省农村居民人均可支配收入"]),
    ("一季度，进出口分别增长6.4%和2.0%。", ["进口", "出口"]),
    ("城乡居民人均消费支出分别为3.1万元和1.8万元，分别增长6.0%和8.1%。",
     ["城镇居民人均消费支出", "农村居民人均消费支出", "城镇居民人均消费支出", "农村居民人均消费支出"]),
])
def test_a_pair_named_at_once_is_split_over_its_respective_figures(text, subjects):
    got = [f["subject"] for f in extract(text, date="2024-01-20") if f["kind"] not in ("date", "year")]
    assert got == subjects


def test_a_second_respective_list_takes_the_first_lists_subjects_not_its_figures():
    text = "居民收入分别为5.2万元和2.1万元，分别增长4.8%和6.6%。"
    assert all(not (f["subject"] or "").endswith(("分别为", "万元")) for f in extract(text))


@pytest.mark.parametrize("text", ["我国对东盟、欧盟进出口分别增长8.0%和3.1%。",
                                  "民营企业和外资企业进出口分别增长6.2%和1.4%。",
                                  "外商投资企业、国有企业，进出口分别增长5.5%、2.3%。"])
def test_a_pair_word_stays_whole_when_the_list_is_of_partners(text):
    subjects = [f["subject"] or "" for f in extract(text)]
    assert not any(s.endswith(("进口", "出口")) and not s.endswith("进出口") for s in subjects), subjects


# --- classes the sealed3 sample showed after its honest score --------------------------------

@pytest.mark.parametrize(("text", "surface", "value"), [
    ("分部虧損擴大3﹒5倍至2﹒1億元;", "2﹒1億元", -210_000_000),
    ("录得基础净亏损5200万港元(2022年:1800万港元)。", "1800万港元", -18_000_000),
])
def test_a_loss_widened_by_a_multiple_or_its_earlier_figure_in_brackets_is_a_loss(text, surface, value):
    assert _fact(text, surface)["value"] == value


def test_an_earlier_profit_in_brackets_stays_a_profit():
    assert _fact("净利润3亿元(2022年:2亿元)。", "2亿元")["value"] == 200_000_000


def test_a_rise_per_gram_keeps_its_denominator():
    assert _fact("金价每克累计上涨35元。", "35元")["unit"] == "元/克"


def test_a_score_named_after_it_is_counted_in_points():
    f = _fact("北京队以86.5分的总积分拿下金牌。", "86.5分")
    assert (f["unit"], f["kind"]) == ("分", "quantity")
