"""Comparison bases written in forms the base rules did not read (issue 10, sealed26's base misses):

- a base followed by its own level, spaced as Taiwan's insurance and finance releases set figures
  (`較去年同期 1,422,350 百萬元增加 9.6%`): the base is 去年同期, however long the level;
- Hong Kong's weekly marker `按周`/`按週` (`CCL…按周升0.52%`): base 上周, and no marker left in the subject;
- an adverb between a marker and its verb (`按年顯著增長3.8%`, `按年實質顯著增長12.1%`): the marker still
  names the base;
- a rate noun with 亦/均 before its figure (`年增率亦均逾10%`): a rise over a year, as `年增率12%`;
- `环比` of a stock at a month's end written as one (`9月底…存欄量環比增加1.3%`, `5月末…`): against the
  month before (上月), not the day before, while a day's 环比 stays 前一日;
- a year's rate noun (`稅後盈餘年減幅收斂至2.42%`, `…收窄至`): a fall over a year, base 上年同期, the subject
  without 年 and without the verb that narrowed it;
- a run's cumulative change (`指數連升3周共1.80%`): a rise, the subject without 連;
- market wrap-ups' `放量`/`缩量` (`成交额…较上一交易日放量1,203亿元`): a turnover larger or smaller by the
  figure, subject the turnover (was the verb 放量, with no direction)."""

from __future__ import annotations

import pytest

from store.facts import extract


def fact(text: str, surface: str, date: str | None = "2026-11-20") -> dict:
    found = [f for f in extract(text, date=date) if f["surface"] == surface]
    assert len(found) == 1, [f["surface"] for f in extract(text, date=date)]
    return found[0]


@pytest.mark.parametrize(("text", "surface"), [
    ("總保費收入達1,558,747 百萬元,較去年同期 1,422,350 百萬元增加 9.6%。", "9.6%"),
    ("初年度保費收入510,877 百萬元,較去年同期 402,141 百萬元增加 27.0%。", "27.0%"),
    ("傳統型商品保費收入達1,390,721百萬元，較去年同期 1,284,696 百萬元成長 8.3%。", "8.3%"),
])
def test_a_base_keeps_its_name_when_its_own_spaced_level_follows(text: str, surface: str) -> None:
    f = fact(text, surface)
    assert (f["change"], f["base"]) == ("up", "去年同期")


@pytest.mark.parametrize(("text", "surface", "change", "subject"), [
    ("中原城市領先指數CCL最新報147.23點，按周升0.52%。", "0.52%", "up", "中原城市領先指數CCL"),
    ("CCL按週跌0.71%。", "0.71%", "down", "CCL"),
])
def test_a_weekly_marker_compares_with_the_week_before(text: str, surface: str, change: str, subject: str) -> None:
    f = fact(text, surface)
    assert (f["change"], f["base"], f["subject"]) == (change, "上周", subject)


@pytest.mark.parametrize(("text", "surface"), [
    ("今年第三季實質本地生產總值按年顯著增長3.8%。", "3.8%"),
    ("整體貨物出口在第三季繼續按年實質顯著增長12.1%。", "12.1%"),
    ("今年一季度社会消费品零售总额同比显著增长6.2%。", "6.2%"),
])
def test_an_adverb_between_marker_and_verb_keeps_the_markers_base(text: str, surface: str) -> None:
    f = fact(text, surface)
    assert (f["change"], f["base"]) == ("up", "上年同期")


def test_a_rate_noun_with_also_before_its_figure_is_a_rise_over_a_year() -> None:
    f = fact("以臺企銀年增28.84%最高,合庫銀、土銀年增率亦均逾10%。", "逾10%")
    assert (f["change"], f["base"], f["qualifier"]) == ("up", "上年同期", "逾")


@pytest.mark.parametrize(("text", "surface"), [
    ("2012年9月底全國生豬存欄量環比增加1.3%,同比增加1.5%。", "1.3%"),
    ("5月末生猪存栏量环比增加1.3%。", "1.3%"),
])
def test_a_month_ends_stock_compares_with_the_month_before(text: str, surface: str) -> None:
    assert fact(text, surface)["base"] == "上月"


@pytest.mark.parametrize("text", [
    "今天（10月1日）是国庆假期第一天，全国铁路发送旅客环比增长39%。",
    "10月31日当天，全市客流环比增长39%。",
])
def test_a_days_figure_still_compares_with_the_day_before(text: str) -> None:
    assert fact(text, "39%")["base"] == "前一日"


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("前10月累計合併稅後盈餘達到303.58億元，年減幅收斂至2.42%。", "2.42%", "合併稅後盈餘"),
    ("累計稅後盈餘年減幅收窄至2.42%。", "2.42%", "稅後盈餘"),
])
def test_a_years_rate_noun_is_a_change_over_a_year(text: str, surface: str, subject: str) -> None:
    f = fact(text, surface)
    assert (f["change"], f["base"], f["subject"]) == ("down", "上年同期", subject)


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("CCL成功升穿147點，指數連升3周共1.80%。", "1.80%", "指數"),
    ("上证指数连涨5天累计上涨8%。", "8%", "上证指数"),
])
def test_a_runs_cumulative_change_is_a_change(text: str, surface: str, subject: str) -> None:
    f = fact(text, surface)
    assert (f["change"], f["subject"]) == ("up", subject)


@pytest.mark.parametrize(("text", "surface", "change", "subject"), [
    ("沪深两市成交额1.2万亿元，较上一交易日放量1,203亿元。", "1,203亿元", "up", "成交额"),
    ("两市成交额合计1.86万亿元，较前一交易日缩量1,204亿元。", "1,204亿元", "down", "成交额"),
    ("兩市成交額1.2萬億元，較上一交易日縮量1,203億元。", "1,203億元", "down", "成交額"),
])
def test_a_turnover_larger_or_smaller_is_a_change_of_the_turnover(text: str, surface: str, change: str,
                                                                 subject: str) -> None:
    f = fact(text, surface)
    assert (f["change"], f["subject"]) == (change, subject)


@pytest.mark.parametrize(("text", "surface", "subject", "change"), [
    ("每年可减少二氧化碳排放量6500万吨以上。", "6500万吨以上", "每年可减少二氧化碳排放量", "down"),
    ("视频播放量超1.1亿次。", "超1.1亿次", "视频播放量", None),
])
def test_emissions_and_plays_hold_no_turnover_word(text: str, surface: str, subject: str, change: str | None) -> None:
    f = fact(text, surface)
    assert (f["subject"], f["change"]) == (subject, change)


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("香港零售額連跌19個月,8月零售額年跌13.1%。", "13.1%", "零售額"),
    ("蛋類年漲23.47%。", "23.47%", "蛋類"),
])
def test_a_years_change_verb_leaves_its_year_out_of_the_subject(text: str, surface: str, subject: str) -> None:
    assert fact(text, surface)["subject"] == subject


def test_a_run_without_a_cumulative_change_keeps_its_words() -> None:
    got = {f["surface"]: f for f in extract("據差估署資料,9月私人樓價指數報396.3點,較8月下跌0.4%,於破價後連跌兩個月,"
                                            "現時較今年7月時的高位398.2點,回落0.48%。", date="2026-11-20")}
    assert got["兩個月"]["subject"] is None and got["0.48%"]["subject"] == "私人樓價指數"


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("本周全国生猪平均价格周环比下跌1.2%。", "1.2%", "全国生猪平均价格"),
    ("蔬菜价格月环比上涨3.1%。", "3.1%", "蔬菜价格"),
])
def test_a_week_or_month_marker_leaves_the_subject(text: str, surface: str, subject: str) -> None:
    assert fact(text, surface)["subject"] == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("其中以國泰金獲利居冠、年增51.63%。", "51.63%", "國泰金獲利"),
    ("富邦金獲利居首、年增20%。", "20%", "富邦金獲利"),
])
def test_a_ranking_word_before_a_change_leaves_the_subject(text: str, surface: str, subject: str) -> None:
    assert fact(text, surface)["subject"] == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("台股上週下跌253.91點或0.92%，集中市場指數14日收在27397.50點。", "253.91點", "台股"),
    ("台股上週下跌253.91點或0.92%，集中市場指數14日收在27397.50點。", "0.92%", "台股"),
    ("美股上周下跌2%。", "2%", "美股"),
])
def test_a_week_word_after_the_market_is_its_period_not_its_name(text: str, surface: str, subject: str) -> None:
    assert fact(text, surface)["subject"] == subject


@pytest.mark.parametrize(("text", "surface", "subject", "change"), [
    ("CCL較去年5月H按息再度低於封頂息當周的135.16點低位累升8.93%。", "8.93%", "CCL", "up"),
    ("恒指年內累跌20%。", "20%", "恒指", "down"),
])
def test_a_cumulative_move_is_a_change_of_the_thing_that_moved(text: str, surface: str, subject: str,
                                                              change: str) -> None:
    f = fact(text, surface)
    assert (f["subject"], f["change"]) == (subject, change)


def test_a_week_word_after_from_leaves_the_subject_whole() -> None:
    assert fact("但因部分投資人獲利了結，金價自上週創下的每盎司4549.71美元歷史高點回落。", "4549.71美元")["subject"] == "金價"


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("澳門特區政府下調今年的博彩稅收入預算,由原訂的澳門幣982.1億下調49%至澳門幣499.8億元。", "49%", "博彩稅收入"),
    ("澳门特区政府下调今年的博彩税收入预算,由原订的澳门币982.1亿下调49%至澳门币499.8亿元。", "49%", "博彩税收入"),
    ("项目总投资由原来的10亿元增加到15亿元。", "10亿元", "项目总投资"),
])
def test_the_original_level_is_the_indicators_not_a_thing_named_original(text: str, surface: str,
                                                                        subject: str) -> None:
    assert fact(text, surface)["subject"] == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("鴻海營收季減3.2%。", "3.2%", "鴻海營收"),
    ("鴻海營收季增6%。", "6%", "鴻海營收"),
])
def test_a_quarters_change_verb_leaves_its_quarter_out_of_the_subject(text: str, surface: str, subject: str) -> None:
    assert fact(text, surface)["subject"] == subject


@pytest.mark.parametrize(("text", "surface", "base"), [
    # Hong Kong's 按年比較 with an adverb: the marker names the base (was 則, 按年 or 亦)
    ("樓宇買賣合約總值527億元,較4月下跌17.4%,按年比較則上升19.7%。", "19.7%", "上年同期"),
    ("住宅樓宇買賣合約佔11,014份,較4月下跌10%,與按年比較下跌6.6%。", "6.6%", "上年同期"),
    ("5月的樓宇買賣合約數字為13,085份,較4月上升0.2%,按年比較亦上升69%。", "69%", "上年同期"),
    # an adverb after the base is no part of it (was 去年同期仍大)
    ("9月出口金額僅225.4億美元,較去年同期仍大減14.6%。", "14.6%", "去年同期"),
])
def test_an_adverb_after_a_base_or_marker_is_no_part_of_the_base(text: str, surface: str, base: str) -> None:
    assert fact(text, surface)["base"] == base


def test_a_comparing_clause_with_the_bases_level_names_the_base_and_keeps_the_price() -> None:
    got = {f["surface"]: f for f in extract("3月28日,全国农产品批发市场猪肉平均价格为20.94元/公斤,与上周五(3月21日)的"
                                           "20.89元/公斤相比,上升0.2%。", date="2026-03-30")}
    assert (got["0.2%"]["base"], got["0.2%"]["subject"]) == ("上周五", "全国农产品批发市场猪肉平均价格")
    assert got["20.89元/公斤"]["subject"] == "全国农产品批发市场猪肉平均价格"
