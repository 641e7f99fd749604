"""Classes of misses the sealed gold sample showed (tests/gold/README.md, "The sealed sample"),
written as rules: signs, junk, change words.  The sentences are written for the rule, not
copied from the sample."""

from __future__ import annotations

import pytest

from store.facts import extract


def facts(text: str, date: str = "2025-08-30") -> list[dict]:
    return extract(text, date=date)


def fact(text: str, surface: str, date: str = "2025-08-30") -> dict:
    found = [f for f in facts(text, date) if f["surface"] == surface]
    assert len(found) == 1, (surface, [f["surface"] for f in facts(text, date)])
    return found[0]


# --- sign ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "value"), [
    ("该集团去年同期录得12亿元亏损，今年仍未扭转", "12亿元", -1200000000),
    ("与上年的3.5亿元的净亏损相比，亏损有所收窄", "3.5亿元", -350000000),
    ("公司一季度出现8000万元亏损", "8000万元", -80000000),
])
def test_a_loss_named_after_its_amount_is_negative(text: str, surface: str, value: int) -> None:
    assert fact(text, surface)["value"] == value


@pytest.mark.parametrize(("text", "surface"), [
    ("公司用资本公积弥补了2亿元亏损", "2亿元"),
    ("通过降本增效减少6000万元亏损", "6000万元"),
])
def test_a_loss_made_up_or_cut_is_the_amount_of_that_action(text: str, surface: str) -> None:
    assert fact(text, surface)["value"] > 0


# --- junk ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "label"), [
    ("码头全年吞吐40英尺集装箱超过一百万个", "40英尺"),
    ("新建500千伏变电站一座，220千伏线路长12公里", "500千伏"),
    ("新建500千伏变电站一座，220千伏线路长12公里", "220千伏"),
    ("全省110千伏及以上电网投资增长", "110千伏"),
    ("《薪火相传——建校120周年》校史展今日开幕", "120周年"),
    ("学校发布八条文明生活守则", "八条"),
    ("社区卫生服务中心实行24小时值守", "24小时"),
])
def test_ratings_titles_and_codes_naming_a_thing_are_labels(text: str, label: str) -> None:
    assert label not in [f["surface"] for f in facts(text)]


@pytest.mark.parametrize(("text", "surface"), [
    ("变电站出口电压稳定在220千伏。", "220千伏"),
    ("今年是两校合作办学120周年，双方签署新协议", "120周年"),
    ("新增充电桩线路12条", "12条"),
    ("过去24小时内共处置险情3起", "24小时"),
    ("共装载1200个40英尺长的标准箱", "1200个"),
])
def test_the_same_units_still_measure_elsewhere(text: str, surface: str) -> None:
    assert surface in [f["surface"] for f in facts(text)]


# --- change ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "direction"), [
    ("预计本期净利润与上年同期相比变动幅度:-35.5%", "-35.5%", "down"),
    ("与上年同期相比变动值为:-1200万元", "-1200万元", "down"),
    ("螺纹钢报价环比再降每吨15元", "15元", "down"),
    ("机构上调全年出口增长预期0.3个百分点", "0.3个百分点", "up"),
    ("新政策直接增加中小企业信贷额度500亿元", "500亿元", "up"),
    ("该项目每年减少污水排放200万吨", "200万吨", "down"),
    ("补贴带动冰箱、彩电销量分别增长12.5%、8.1%", "8.1%", "up"),
])
def test_more_ways_a_change_is_stated(text: str, surface: str, direction: str) -> None:
    assert fact(text, surface)["change"] == direction


@pytest.mark.parametrize(("text", "surface"), [
    ("服务消费贡献经济增长2.3个百分点", "2.3个百分点"),
    ("投资拉动经济增长1.1个百分点", "1.1个百分点"),
])
def test_a_contribution_in_points_is_no_change(text: str, surface: str) -> None:
    assert fact(text, surface)["change"] is None


def test_a_contribution_rate_that_rises_is_a_change() -> None:
    assert fact("消费贡献率比上年提高2.4个百分点", "2.4个百分点")["change"] == "up"


@pytest.mark.parametrize(("text", "surface", "direction"), [
    ("上季录得6.2%的按年升幅后，本季增长放缓", "6.2%", "up"),
    ("甲类与乙类物价的相应升幅则分别为1.4%及1.6%", "1.6%", "up"),
    ("较上月的相应升幅(1.2%)为低", "1.2%", "up"),
    ("两类服务出口的升幅分别扩大至52.4%及31.0%", "52.4%", "up"),
    ("跌幅扩大至4.5%", "4.5%", "down"),
])
def test_a_rate_named_as_a_rise_or_fall_carries_its_direction(text: str, surface: str, direction: str) -> None:
    assert fact(text, surface)["change"] == direction


def test_a_share_of_a_rise_is_no_rise() -> None:
    assert fact("食品价格贡献了60%的涨幅", "60%")["change"] is None


@pytest.mark.parametrize(("text", "surface", "low", "high"), [
    ("预计净利润变动幅度为-40.5%至-62.3%", "-40.5%至-62.3%", -62.3, -40.5),
    ("预计亏损额为-3000万元至-4500万元", "-3000万元至-4500万元", -45000000, -30000000),
])
def test_a_range_of_written_signs_is_one_range_low_to_high(text: str, surface: str, low: float, high: float) -> None:
    f = fact(text, surface)
    assert (f["value"], f["value_high"]) == (low, high)


# --- unit and kind ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "kind", "unit"), [
    ("新建变电站可提供2.5万千伏安供电容量", "2.5万千伏安", "quantity", "千伏安"),
    ("全年截获外来物种1.2万种次", "1.2万种次", "count", "种次"),
    ("沪指已连续五个交易日收涨", "五个交易日", "duration", "个交易日"),
])
def test_compound_measure_words_are_whole_units(text: str, surface: str, kind: str, unit: str) -> None:
    f = fact(text, surface)
    assert (f["kind"], f["unit"]) == (kind, unit)


@pytest.mark.parametrize("surface", ["4.1亿", "3.6亿"])
def test_a_total_of_people_written_bare_is_a_head_count(surface: str) -> None:
    f = fact("该国适龄劳动人口总量预计将从2020年的4.1亿下降到2040年的3.6亿", surface)
    assert (f["kind"], f["unit"]) == ("count", "人")


def test_a_total_of_money_written_bare_stays_money() -> None:
    assert fact("全市财政收入总量达到3.2亿", "3.2亿")["kind"] == "money"


@pytest.mark.parametrize(("text", "surface", "unit", "per"), [
    ("电站投产后每年可节约标准煤30万吨", "30万吨", "吨/年", "年"),
    ("港口日均约1.2万吨", "约1.2万吨", "吨/日", "日"),
    ("动力煤本周每吨降幅达15元", "15元", "元/吨", "吨"),
    ("该市每年多次出现每小时50毫米的强降雨", "50毫米", "毫米/小时", "小时"),
])
def test_a_denominator_written_before_the_figure(text: str, surface: str, unit: str, per: str) -> None:
    f = fact(text, surface)
    assert (f["unit"], f["per"]) == (unit, per)


def test_a_clause_that_does_not_repeat_the_time_keeps_the_plain_unit() -> None:
    assert fact("每年可节约标准煤30万吨，减少排放80万吨", "80万吨")["unit"] == "吨"


def test_a_bare_count_of_visits_is_in_person_visits() -> None:
    f = fact("全年接待游客人次同比增长12%至356.8万，创历史新高", "356.8万")
    assert (f["kind"], f["unit"]) == ("count", "人次")


def test_a_bare_count_of_people_stays_in_persons() -> None:
    assert fact("全市常住人口增至356.8万", "356.8万")["unit"] == "人"


def test_report_periods_are_a_duration() -> None:
    f = fact("价格指数已连续五个报告周期上涨", "五个报告周期")
    assert (f["kind"], f["unit"]) == ("duration", "个报告周期")
