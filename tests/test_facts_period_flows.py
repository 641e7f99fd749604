"""Flows told under a day that closes them (tests/gold/README.md: the figure's own period; a day dates balances,
not profits): a Hong Kong year ended (`截至去年底止`) dates its profit by the year, a dividend on a year's results
counted on the year-end share capital takes the year of the results, growth since the year's start up to a month
end is the months from January over 年初, and a base's own figure written right after the base takes its period
(store/facts/period_flows.py); a survey's share of respondents who expect something has no period of the expected
quarter (store/facts/period_surveys.py); a network's length counted at a year's end is a stock of that day."""

from __future__ import annotations

from store.facts import extract


def facts(text: str, date: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date=date) if f["kind"] not in ("date", "year")}


def test_a_profit_up_to_a_year_end_told_with_zhi_is_the_years() -> None:
    got = facts("某某集團(01234)發盈警,截至去年底止,預計股東應佔溢利約3.5億元,按年跌40%。", "2024-02-10")
    assert got["約3.5億元"]["period"] == "2023"
    assert got["40%"]["period"] == "2023"


def test_a_balance_up_to_a_year_end_keeps_the_day() -> None:
    got = facts("截至去年底止,該行客戶存款餘額為500億元。", "2024-02-10")
    assert got["500億元"]["period"] == "2023-12-31"


def test_a_dividend_counted_on_the_year_end_capital_is_of_the_results_year() -> None:
    got = facts("本公司2015年度实现净利润512,000,000元,以2015年末总股本1,000,000,000股为基数向全体股东每股派现金红利"
                "0.12元(含税),共计120,000,000元,占母公司净利润23.44%。", "2016-03-20")
    assert got["1,000,000,000股"]["period"] == "2015-12-31"      # the count's own day stays
    assert got["0.12元"]["period"] == "2015"
    assert got["120,000,000元"]["period"] == "2015"
    assert got["23.44%"]["period"] == "2015"


def test_a_share_capital_basis_with_no_time_of_its_own_dates_nothing() -> None:
    got = facts("本公司2016年度实现税后利润 300,000,000 元,以回购注销后的总股本 900,000,000 股为基数向全体股东每股派现金"
                "红利 0.10元(含税)。", "2017-03-20")
    assert got["900,000,000 股"]["period"] is None
    assert got["0.10元"]["period"] == "2016"


def test_growth_from_the_year_start_to_a_month_end_is_the_months_over_the_start() -> None:
    got = facts("本港貸款總額按月上升0.5%,年初至10月底貸款總額上升5.2%。", "2024-11-30")
    assert got["5.2%"]["period"] == "2024-01/2024-10"
    assert got["5.2%"]["base"] == "年初"


def test_the_bases_own_figure_after_it_takes_the_bases_period() -> None:
    got = facts("2024年1-6月,共有80家企业获评,相较于去年同期95家,获评企业数量减少15.8%。", "2024-07-10")
    assert got["95家"]["period"] == "2023-01/2023-06"
    assert got["15.8%"]["period"] == "2024-01/2024-06"


def test_a_bracketed_figure_after_a_base_month_is_that_months() -> None:
    got = facts("2016年8月综合消费物价指数按年上升2.41%,较7月(+2.53%)轻微回落0.12%。", "2016-09-20")
    assert got["2.53%"]["period"] == "2016-07"
    assert got["0.12%"]["base"] == "7月"


def test_a_share_of_respondents_who_expect_a_quarter_has_no_period() -> None:
    got = facts("對商戶的調查顯示,有42.1%商戶預計2019年第三季度營業額與去年同期持平,認為營業額會增加的佔21.3%。",
                "2019-07-20")
    assert got["42.1%"]["period"] is None
    assert got["21.3%"]["period"] is None


def test_a_networks_length_at_a_year_end_is_that_days_stock() -> None:
    got = facts("2022年底，全省公路总里程达到20万公里，高速公路总长度达到8000公里，分别相当于10年前的1.2倍和2.5倍。",
                "2023-05-01")
    assert got["8000公里"]["period"] == "2022-12-31"
    assert got["2.5倍"]["period"] == "2022-12-31"
    assert got["2.5倍"]["base"] == "10年前"


def test_a_run_since_last_year_is_january_of_last_year_to_the_articles_month() -> None:
    got = facts("全市推行网上办案,去年以来受理投诉同比下降15.6%。", "2025-06-10")
    assert got["15.6%"]["period"] == "2024-01/2025-06"
    assert facts("去年全市受理投诉同比下降15.6%。", "2025-06-10")["15.6%"]["period"] == "2024"


def test_a_runs_length_in_days_is_no_day_of_the_month() -> None:
    got = facts("1個月拆息單日升逾12個基點,連升4日累計升逾30個基點。", "2025-06-05")
    assert got["4日"]["period"] is None
    assert got["逾30個基點"]["period"] is None


def test_a_change_after_two_periods_figures_is_over_the_earlier() -> None:
    got = facts("据统计，全省外贸总值由2015年的1.2万亿元增至2024年的2.1万亿元，增长75%。", "2025-03-01")
    assert got["75%"]["base"] == "2015年"
    got = facts("全市汽车产量从2019年的20万辆飙升至2023年的80万辆,四年增长3倍。", "2024-03-01")
    assert got["3倍"]["base"] == "2019年"


def test_a_year_opening_a_later_item_after_a_colon_does_not_reach_past_the_semicolon() -> None:
    got = facts("本市优势显著:区位优越,人口众多,2024年工业产值超1.5万亿元;物流通达全球90个国家和地区。", "2025-11-25")
    assert got["超1.5万亿元"]["period"] == "2024"
    assert got["90个"]["period"] is None


def test_a_period_set_off_by_a_comma_after_a_colon_still_frames_the_parts_after_the_semicolon() -> None:
    got = facts("新华社消息：统计局今天发布的数据显示，2025年，全省工业增加值增长5.3%；利润总额增长6.1%。", "2026-01-20")
    assert got["6.1%"]["period"] == "2025"


def test_a_year_endeds_comparative_in_brackets_is_the_year_before() -> None:
    got = facts("該公司於截至二零二四年十二月三十一日止年度錄得收入約12.5億元(上年度:10.1億元),按年增長23.8%。", "2025-03-20")
    assert got["10.1億元"]["period"] == "2023"
    got = facts("董事會建議宣派截至2024年12月31日止年度之末期股息每股5.20港仙(2023年12月31日:4.80港仙)。", "2025-03-20")
    assert got["4.80港仙"]["period"] == "2023"
    assert got["5.20港仙"]["period"] == "2024"
