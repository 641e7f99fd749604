"""Junk: numerals inside names — a quoted title that ends on a span, a sitting of the CPPCC's
fortnightly consultation, London's three-month metal, a spending threshold naming a class of
customers — never become facts, and the real figures beside them still do.

Every sentence is written for this file (never copied from a corpus).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _surfaces(text: str, date: str | None = None) -> list[str]:
    return [f["surface"] for f in extract(text, date=date)]


@pytest.mark.parametrize(("text", "label"), [
    ("国务院新闻办公室举行“中国这十年”系列主题新闻发布会。", "十年"),
    ("双方一致同意开启两国关系“黄金三十年”。", "三十年"),
    ("两国合作进入新的“金色十年”，前景广阔。", "十年"),
    ("总台推出专题片《解码十年》多语种版本。", "十年"),
    ("两党交往迈入“第三个10年”。", "10年"),
])
def test_a_span_that_ends_a_quoted_title_is_part_of_the_name(text, label):
    assert label not in _surfaces(text), _surfaces(text)


@pytest.mark.parametrize(("text", "figure"), [
    ("这十年，我国货物贸易总额增长了近一倍。", "十年"),
    ("专家称燃油储备“可能只剩约六周”。", "约六周"),
    ("文件明确“办理时限一般不超过3天”。", "不超过3天"),
    ("贷款比例由“不应高于60%”放宽到“不应高于80%”。", "80%"),
])
def test_spans_outside_titles_and_quoted_figures_with_a_qualifier_stay(text, figure):
    got = _surfaces(text)
    assert any(figure in s or s in figure for s in got), got


@pytest.mark.parametrize("text", [
    "十三届全国政协第六十八次双周协商座谈会9日在京召开。",
    "十四届全国政协第16次双周协商座谈会今天在京召开。",
    "全國政協第二十次雙週協商座談會在京舉行。",
])
def test_a_numbered_fortnightly_consultation_is_a_sitting_not_a_rank(text):
    assert not any("次" in s for s in _surfaces(text, "2026-05-10")), _surfaces(text, "2026-05-10")


def test_a_study_session_and_a_summit_stay_ranks():
    assert "第三次" in _surfaces("中共中央政治局就推进高质量发展进行第三次集体学习。")
    assert "第19次" in _surfaces("第19次不结盟运动峰会在坎帕拉举行。")


@pytest.mark.parametrize(("text", "label", "figure"), [
    ("当日伦敦三月铜报价9322.50美元/吨。", "三月", "9322.50美元/吨"),
    ("倫敦三月期鋁收報2650美元/噸。", "三月", "2650美元/噸"),
    ("LME三个月期锌上涨1.2%。", "三个月", "1.2%"),
])
def test_london_three_month_metal_is_a_contract_name_not_a_month(text, label, figure):
    got = _surfaces(text, "2024-09-18")
    assert label not in got and figure in got, got


@pytest.mark.parametrize(("text", "label", "count"), [
    ("投注额达50万元以上的「巨鲸」豪客多达7位。", "50万元", "7位"),
    ("月消费1万元以上的高端客户有320名。", "1万元", "320名"),
    ("年充值5000元以上的会员超过2万人。", "5000元", "2万人"),
])
def test_a_spending_threshold_naming_a_class_of_customers_is_a_label(text, label, count):
    got = _surfaces(text)
    assert not any(label in s for s in got) and any(count in s for s in got), got


def test_a_sum_reached_stays_a_figure():
    assert any("8000万元" in s for s in _surfaces("年出口额稳定在8000万元以上。"))
