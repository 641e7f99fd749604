"""Forms the held-back gold sample showed missing: ordinals counted in a measure word,
number forms (odd decimal points, minutes and seconds, half months, per-mille points)."""

import pytest

from store.facts import extract


def _facts(text: str, date: str = "2025-06-01") -> list[dict]:
    return extract(text, date=date)


def _one(text: str, surface: str, date: str = "2025-06-01") -> dict:
    hits = [f for f in _facts(text, date) if f["surface"] == surface]
    assert hits, f"no fact {surface!r} in {[f['surface'] for f in _facts(text, date)]}"
    return hits[0]


@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    ("委员会今年第12次会议于周二召开", "第12次", 12, "次"),
    ("市里公布第九批示范企业名单", "第九批", 9, "批"),
    ("这是本届赛事的第5枚奖牌", "第5枚", 5, "枚"),
    ("第33届博览会开幕", "第33届", 33, "届"),
    ("发行今年第四期地方债", "第四期", 4, "期"),
    ("这是今年上市的第41家公司", "第41家", 41, "家"),
    ("科考船执行第28航次任务", "第28航次", 28, "航次"),
])
def test_an_ordinal_with_a_measure_word_is_a_rank_counted_in_it(text, surface, value, unit):
    f = _one(text, surface)
    assert (f["kind"], f["value"], f["unit"]) == ("rank", value, unit)


@pytest.mark.parametrize(("text", "label"), [
    ("根据条例第十二条规定办理", "第十二条"),
    ("引入第三方评估机构", "第三方"),
    ("创新能力稳居第一方阵", "第一方阵"),
    ("第一时间赶到现场", "第一时间"),
])
def test_ordinals_naming_a_clause_or_a_tier_stay_labels(text, label):
    assert not [f for f in _facts(text) if f["surface"].startswith(label[:3]) and f["kind"] == "rank"]


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("物价指数按年上升3\ufe527%", "3\ufe527%", 3.7),
    ("失业率为4\u20241%", "4\u20241%", 4.1),
])
def test_a_small_or_leader_dot_between_digits_is_a_decimal_point(text, surface, value):
    f = _one(text, surface)
    assert (f["kind"], f["value"]) == ("percent", value)


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("出生率为8.5‰，比上年下降0.6个千分点", "0.6个千分点", 0.06),
    ("死亡率比上年上升1.2千分点", "1.2千分点", 0.12),
])
def test_per_mille_points_are_points_of_a_per_mille_rate(text, surface, value):
    f = _one(text, surface)
    assert (f["kind"], f["value"], f["unit"]) == ("points", value, surface.lstrip("0123456789."))


def test_a_list_written_with_the_traditional_fenbie_takes_its_items_as_subjects():
    text = "出口和進口分別增長5%和3%"
    subjects = [f["subject"] for f in _facts(text) if f["kind"] == "percent"]
    assert subjects == ["出口", "進口"]


@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    ("全程最快4小时18分可达", "4小时18分", 258, "分"),
    ("约2小时15分钟后抵达", "约2小时15分钟", 135, "分钟"),
    ("她以2分05秒47的成绩夺冠", "2分05秒47", 125.47, "秒"),
    ("他跑出1分58秒的个人最好成绩", "1分58秒", 118, "秒"),
    ("督导组将进驻3个半月", "3个半月", 3.5, "个月"),
    ("会议开了一个半小时", "一个半小时", 1.5, "个小时"),
])
def test_a_span_in_two_clock_units_is_one_duration_in_the_smaller(text, surface, value, unit):
    f = _one(text, surface)
    assert (f["kind"], f["value"], f["unit"]) == ("duration", value, unit)


@pytest.mark.parametrize(("text", "surface", "qualifier"), [
    ("超过一半的受访者表示满意", "超过一半", "超过"),
    ("近一半企业实现盈利", "近一半", "近"),
])
def test_a_qualified_half_is_fifty_percent(text, surface, qualifier):
    f = _one(text, surface)
    assert (f["kind"], f["value"], f["qualifier"]) == ("percent", 50, qualifier)


def test_an_unqualified_half_is_a_manner_of_speaking():
    assert _facts("一半是海水，一半是火焰") == []


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("本周开展SLF3000亿元操作", "3000亿元", 300000000000),
    ("央行投放MLF5000亿元", "5000亿元", 500000000000),
])
def test_a_sum_glued_to_a_latin_name_is_still_a_sum(text, surface, value):
    f = _one(text, surface)
    assert (f["kind"], f["value"]) == ("money", value)


@pytest.mark.parametrize(("text", "name"), [
    ("搭载NOVA3芯片的手机", "3"),
    ("黄金期货Au0810合约收盘", "0810"),
])
def test_a_number_glued_to_a_latin_name_without_a_sum_is_a_name(text, name):
    assert not [f for f in _facts(text) if name in f["surface"]]


# --- periods ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "date", "period"), [
    ("5月6日至9日，展会共接待观众3万人次", "2024-05-20", "2024-05-06/2024-05-09"),
    ("从4月28日到5月3日，景区接待游客120万人次", "2024-05-10", "2024-04-28/2024-05-03"),
    ("2024年6月30日至7月2日，机场运送旅客8万人次", "2024-07-05", "2024-06-30/2024-07-02"),
])
def test_figures_after_a_day_range_have_the_whole_range_as_period(text, date, period):
    facts = extract(text, date=date)
    ranged = [f for f in facts if f["kind"] == "date"]
    counts = [f for f in facts if f["kind"] == "count"]
    assert [f"{f['value']}/{f['value_high']}" for f in ranged] == [period]
    assert counts and all(f["period"] == period for f in counts)


@pytest.mark.parametrize(("text", "date", "month"), [
    ("纽约商品交易所12月份交割的黄金期货下跌10美元", "2024-10-08", "2024-12"),
    ("2月交割的原油期货上涨1.2%", "2024-11-20", "2025-02"),
])
def test_a_delivery_month_is_the_next_one_and_dates_no_figure(text, date, month):
    facts = extract(text, date=date)
    assert [f["value"] for f in facts if f["kind"] == "date"] == [month]
    assert all(f["period"] is None for f in facts if f["kind"] != "date")


@pytest.mark.parametrize(("text", "period"), [
    ("预计2024年半年度净利润为3000万元", "2024H1"),
    ("2024年初，公司签下两项合同", "2024-01"),
    ("今年年初，公司签下两项合同", "2025-01"),
])
def test_a_half_year_report_and_a_years_start_are_periods(text, period):
    figures = [f for f in _facts(text) if f["kind"] not in ("date", "year")]
    assert figures and figures[0]["period"] == period


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("省里公布第三批特色小镇名单", "第三批", "特色小镇名单"),
    ("第十二届航空航天博览会开幕", "第十二届", "航空航天博览会"),
])
def test_an_ordinals_subject_is_the_noun_it_counts(text, surface, subject):
    assert _one(text, surface)["subject"] == subject


def test_an_ordinal_of_months_is_a_rank_in_months_without_a_noun_subject():
    f = _one("出口增速连续第4个月回升", "第4个月")
    assert (f["kind"], f["value"], f["unit"]) == ("rank", 4, "个月")
    assert f["subject"] != "回升"


# --- subjects --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "owner"), [
    ("出口價格指數在今年3月的按年升幅為2.2%", "出口價格指數"),
    ("工业用电量在上月的同比增幅为4.1%", "工业用电量"),
])
def test_a_rate_word_alone_is_the_rate_of_the_thing_its_clause_opens_with(text, owner):
    figures = [f for f in _facts(text) if f["kind"] == "percent"]
    assert len(figures) == 1 and figures[0]["subject"].startswith(owner)


def test_a_price_in_cents_is_money_in_cents():
    f = _one("白银期货下跌32.5美分", "32.5美分")
    assert (f["kind"], f["value"], f["unit"]) == ("money", 32.5, "美分")


@pytest.mark.parametrize(("text", "surface"), [
    ("该公司今日宣布成立一只规模为500万美元的基金", "500万美元"),
    ("这家工厂今年已经改造完成6条", "6条"),
    ("新线开通后最快2小时10分可达", "2小时10分"),
])
def test_a_verb_fragment_is_never_a_subject(text, surface):
    subject = _one(text, surface)["subject"] or ""
    assert not subject.startswith(("宣布", "改造", "最快"))


@pytest.mark.parametrize("text", ["房屋租金的升幅為3.1%", "出口价格升幅为1.8%"])
def test_a_rise_word_before_a_rate_is_an_upward_change(text):
    f = next(f for f in _facts(text) if f["kind"] == "percent")
    assert (f["change"], f["change_word"]) == ("up", "升幅")


def test_provinces_and_cities_counted_together_are_a_count():
    f = _one("本周18省市鸡蛋均价小幅回落", "18省市")
    assert (f["kind"], f["value"], f["unit"]) == ("count", 18, "省市")


def test_an_adverb_between_subject_and_change_is_not_part_of_the_subject():
    f = _one("猪肉均价继续上升至28.5元/千克", "28.5元/千克")
    assert f["subject"] == "猪肉均价"
