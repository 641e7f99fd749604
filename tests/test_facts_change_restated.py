"""Changes stated through a neighbour or a fixed phrase: a figure restating the change before it
after 即/或, a comma-separated list after 分别, new cases of a disease, a fiscal schedule (超/欠时间进度),
a week's rate named after its figure (的週漲幅), 上揚幅度 — and a span after a verb and 的 states none.

Every sentence is written for this file (never copied from a corpus).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text)}


@pytest.mark.parametrize(("text", "surface", "change", "word"), [
    ("经营开支比上年度减少一百二十亿元,即百分之三点九,主要因为纾缓措施缩减。", "百分之三点九", "down", "减少"),
    ("经常开支较上年度增加二百一十亿元,或百分之七点二,反映服务承担。", "百分之七点二", "up", "增加"),
    ("开支比上年增加百分之十二点一,即五百四十亿元。", "五百四十亿元", "up", "增加"),
    ("出口比上年减少15亿元，即约3.2%。", "约3.2%", "down", "减少"),
])
def test_a_figure_restating_the_change_before_it_takes_that_change(text, surface, change, word):
    f = _facts(text)[surface]
    assert (f["change"], f["change_word"]) == (change, word), f


def test_a_restatement_without_a_change_before_it_states_none():
    assert _facts("净资产为120亿元，即每股3.5元。")["3.5元"]["change"] is None


@pytest.mark.parametrize(("text", "surfaces", "change"), [
    ("食品制造业，汽车制造业，电子设备制造业分别增长10.3%,10.4%,10.9%。", ("10.4%", "10.9%"), "up"),
    ("三个行业分别下降2.1%，3.5%，4.0%。", ("3.5%", "4.0%"), "down"),
])
def test_a_comma_list_after_fenbie_shares_the_change(text, surfaces, change):
    got = _facts(text)
    assert all(got[s]["change"] == change for s in surfaces), got


@pytest.mark.parametrize(("text", "surface"), [
    ("卫健委通报，各省报告新增新冠肺炎确诊病例2874例，其中境外输入病例52例。", "2874例"),
    ("新增无症状感染者19342例，其中本土19200例。", "19342例"),
    ("当日新增死亡病例12例。", "12例"),
])
def test_new_cases_of_a_disease_are_a_rise(text, surface):
    f = _facts(text)[surface]
    assert (f["change"], f["change_word"]) == ("up", "新增")


def test_the_breakdown_after_qizhong_and_new_jobs_state_no_change():
    got = _facts("报告新增确诊病例2874例，其中境外输入病例52例。")
    assert got["52例"]["change"] is None
    assert _facts("全年城镇新增就业1256万人。")["1256万人"]["change"] is None


@pytest.mark.parametrize(("text", "surface", "change", "word"), [
    ("一般公共预算收入完成120.5亿元，占预算的86.1%，超时间进度2.8个百分点。", "2.8个百分点", "up", "超"),
    ("税收收入完成80.2亿元，占预算的75.3%，欠时间进度4.1个百分点。", "4.1个百分点", "down", "欠"),
    ("支出完成进度为78%，快于序时进度1.5个百分点。", "1.5个百分点", "up", "快于"),
])
def test_a_fiscal_schedule_compares_against_time_progress(text, surface, change, word):
    f = _facts(text)[surface]
    assert (f["change"], f["change_word"]) == (change, word), f
    assert "进度" in (f["base"] or "")


@pytest.mark.parametrize(("text", "surface"), [
    ("現貨黃金上漲約 0.4% 至每盎司 4,320.50 美元，並有望錄得本週約 2.8% 的週漲幅。", "2.8%"),
    ("白銀有望錄得約 6.1% 的本週漲幅。", "6.1%"),
    ("公債殖利率攀升至約4.3%，上揚幅度達15個基本點。", "15個基本點"),
])
def test_a_weekly_rate_and_a_rise_named_as_a_range_are_rises(text, surface):
    assert _facts(text)[surface]["change"] == "up"


def test_a_share_of_a_rise_is_still_no_rise():
    assert _facts("食品贡献了60%的涨幅。")["60%"]["change"] is None


@pytest.mark.parametrize("text", [
    "过去五年，是经济总量不断扩大的五年。",
    "这是治理效能得到新提升的五年。",
])
def test_a_span_after_a_verb_and_de_names_a_period_not_a_change(text):
    assert all(f["change"] is None for f in extract(text) if f["kind"] == "duration")
