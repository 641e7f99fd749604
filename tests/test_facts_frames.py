"""A frame written before a figure is no subject: the figure is the indicator's the sentence named before it
(store/facts/subject_frames.py).

Each case is written for this file (never copied from the corpus): the class of wording.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _subjects(text: str, date: str = "2025-11-20") -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date=date) if f["kind"] not in ("date", "year")}


# --- a seasonal adjustment says how the indicator was measured ------------------------------------

@pytest.mark.parametrize(("text", "indicator", "surfaces"), [
    ("10月份消費者物價總指數為103.2,較上月漲0.5%,經調整季節變動因素後漲0.21%;較上年同月漲1.1%。",
     "消費者物價總指數", ("0.21%", "1.1%")),
    ("8月份躉售物價總指數為97.1,較上月跌0.3%,經調整季節變動因素後跌0.1%;較上年同月跌1.9%。",
     "躉售物價總指數", ("0.1%", "1.9%")),
    ("本月工业生产者出厂价格指数为101.3，环比上涨0.4%，经季节调整后上涨0.3%；同比上涨2.2%。",
     "工业生产者出厂价格指数", ("0.3%", "2.2%")),
    ("当月零售物价指数为102.6，较上月升0.2%，经季节性调整后升0.1%。", "零售物价指数", ("0.1%",)),
])
def test_figures_after_a_seasonal_adjustment_are_the_indicators(text, indicator, surfaces):
    got = _subjects(text)
    for s in surfaces:
        assert got[s] and got[s].startswith(indicator), (s, got[s])


# --- a plan's time progress says what the completion is compared with ----------------------------

@pytest.mark.parametrize(("text", "indicator", "surfaces"), [
    ("1-9月份,全县一般公共预算收入完成18.6亿元,占预算的77.2%,超时间进度2.2个百分点,较上年增收1.1亿元,增长6.3%。",
     "全县一般公共预算收入", ("2.2个百分点", "1.1亿元", "6.3%")),
    ("其中:税收收入完成12.4亿元,占预算的71.5%,欠时间进度3.5个百分点,较上年减收0.8亿元,下降6.1%。",
     "税收收入", ("3.5个百分点", "0.8亿元", "6.1%")),
    ("1-11月,全区一般公共预算支出完成52.3亿元,占预算的88.9%,快于序时进度5.2个百分点。",
     "全区一般公共预算支出", ("5.2个百分点",)),
])
def test_figures_after_the_time_progress_are_the_indicators(text, indicator, surfaces):
    got = _subjects(text)
    for s in surfaces:        # a margin in points is the completed share's (…占预算), as 快于序时进度 reads
        want = indicator + "占预算" if s.endswith("百分点") else indicator
        assert got[s] == want, (s, got[s])


def test_a_frame_with_no_indicator_before_it_gives_none():
    got = _subjects("超时间进度2.2个百分点。")
    assert got["2.2个百分点"] is None


# --- a rise told apart from the indicator that moved ---------------------------------------------

@pytest.mark.parametrize(("text", "surface", "indicator"), [
    ("本月,在非制造業PMI各分項指數中,新訂單指數、存貨指數較上月有所上升,升幅在0.3-0.9個百分點之間。",
     "0.3-0.9個百分點", "新訂單指數、存貨指數"),
    ("本月，在各分项指数中，从业人员指数和供应商配送时间指数较上月有所下降，降幅在0.1-0.4个百分点之间。",
     "0.1-0.4个百分点", "从业人员指数和供应商配送时间指数"),
    ("本月,供應商配送時間指數較上月有所上升,升幅為0.6個百分點。", "0.6個百分點", "供應商配送時間指數"),
    ("本月,新訂單和銷售價格指數環比有所下降,降幅在0.4-2.1個百分點之間。", "0.4-2.1個百分點", "新訂單和銷售價格指數"),
])
def test_a_rise_told_after_the_indicator_moved_is_the_indicators(text, surface, indicator):
    assert _subjects(text)[surface] == indicator


# --- 之间 is where a figure lies, not what it measures ------------------------------------------

@pytest.mark.parametrize(("text", "surface", "want"), [
    ("受灾人数在15万到20万之间。", "20万", "受灾人数"),
    ("每个零件的间距误差需要控制在0.05至0.1毫米之间。", "0.05至0.1毫米", "间距误差"),
    ("室内温度保持在20至25摄氏度之间。", "20至25摄氏度", "室内温度"),
    ("美联储把利率下调50个基点，降至4.75%至5.00%之间的水平。", "4.75%至5.00%", None),
])
def test_between_is_never_a_subject(text, surface, want):
    assert _subjects(text)[surface] == want


# --- a market's expectation is the expected value of the indicator just told ---------------------

@pytest.mark.parametrize(("text", "surface", "want"), [
    ("上周美國原油庫存減少213萬桶,市場原本估計增加120萬桶。", "120萬桶", "美國原油庫存市場原本估計"),
    ("上周蒸餾油庫存減少31.2萬桶,巿場原本預期增加80萬桶。", "80萬桶", "蒸餾油庫存巿場原本預期"),
    ("11月失業率降至4.2%，略優於預期的4.3%。", "4.3%", "失業率預期"),
    ("该公司季度净营收为88.2亿美元，市场预期为86.5亿美元。", "86.5亿美元", "净营收市场预期"),
    ("当月零售销售环比增长0.2%。这一数据低于增长0.5%的市场预期。", "0.5%", "市场预期"),
])
def test_an_expectation_is_the_indicators_expected_value(text, surface, want):
    got = _subjects(text)[surface]
    assert got and got.endswith(want), got


def test_a_figure_after_an_expectation_in_its_own_clause_is_the_indicators():
    got = _subjects("净利润为32.4亿美元，市场预期为31.0亿美元，去年同期为29.0亿美元。")
    assert got["29.0亿美元"] == "净利润"
