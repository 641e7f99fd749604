"""Periods of windows, of a comparison base's own value and of 分别 lists over a span of
years (issue 10).  Sentences written for these tests in the registers of statistical
releases and company reports."""

from __future__ import annotations

from store.facts import extract


def periods(text: str, date: str = "2024-08-15") -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


def test_a_month_end_followed_by_a_count_of_months_is_the_window_ending_there() -> None:
    got = periods("截至今年6月底的3个月，经季节性调整的失业率为3.0%。")
    assert got["3.0%"] == "2024-04/2024-06"


def test_a_window_may_reach_back_into_the_year_before() -> None:
    got = periods("截至2月底止的三个月，失业率为3.1%。", date="2024-03-20")
    assert got["3.1%"] == "2023-12/2024-02"


def test_the_month_end_itself_stays_a_day_and_the_count_of_months_has_no_period() -> None:
    got = {f["surface"]: f for f in extract("截至今年6月底的3个月，失业率为3.0%。", date="2024-08-15")}
    assert got["今年6月底"]["value"] == "2024-06-30"
    assert got["3个月"]["period"] is None


def test_a_month_end_without_a_count_of_months_is_still_a_day() -> None:
    assert periods("截至6月底，贷款余额为25万亿元。")["25万亿元"] == "2024-06-30"


def test_the_rate_stated_for_a_comparison_base_has_the_base_period() -> None:
    got = periods("2024年7月消费物价指数同比上升2.5%，较2024年6月相应升幅2.2%为高。")
    assert (got["2.5%"], got["2.2%"]) == ("2024-07", "2024-06")


def test_a_change_after_a_comparison_base_keeps_the_sentence_period() -> None:
    got = periods("2024年7月消费物价指数较2024年6月上升0.3个百分点。")
    assert got["0.3个百分点"] == "2024-07"


def test_a_respective_list_over_years_and_a_last_quarter_gives_each_item_its_own() -> None:
    got = periods("2021年到2024年一季度，公司的预收款分别为4.1亿元、5.6亿元、6.7亿元、5.9亿元。")
    assert [got[s] for s in ("4.1亿元", "5.6亿元", "6.7亿元", "5.9亿元")] == ["2021", "2022", "2023", "2024Q1"]


def test_a_list_item_after_a_comma_that_closes_the_sentence_still_belongs_to_the_list() -> None:
    got = periods("2021年到2024年一季度，公司的预收款分别为4.1亿、5.6亿、6.7亿，5.9亿元。")
    assert [got[s] for s in ("4.1亿", "5.6亿", "6.7亿", "5.9亿元")] == ["2021", "2022", "2023", "2024Q1"]


def test_a_figure_after_a_comma_that_does_not_close_the_sentence_is_not_a_list_item() -> None:
    got = periods("2022年至2023年，两地增速分别为5%、6%，10个城市实现增长。")
    assert (got["5%"], got["6%"]) == ("2022", "2023")


def test_last_month_after_the_sentences_own_month_is_the_month_before_that_one() -> None:
    got = periods("7月份CPI同比上涨0.5%；环比由上月下降0.2%转为上涨0.3%。", date="2024-09-10")
    assert (got["0.5%"], got["0.2%"], got["0.3%"]) == ("2024-07", "2024-06", "2024-07")


def test_a_change_from_last_month_alone_has_no_period() -> None:
    # the release's month is unnamed, so the month before it is unknown (sealed10's and sealed20's labels;
    # period_change_starts): the article's last month was the release's own month
    assert periods("CPI环比由上月下降0.2%转为持平。", date="2024-09-10")["0.2%"] is None


def test_the_year_to_the_report_end_is_the_year_up_to_the_last_closed_quarter() -> None:
    text = "年初至报告期末，公司归属于上市公司股东的净利润为-1.44亿元。"
    got = [periods(text, date=d)["-1.44亿元"] for d in ("2024-04-25", "2024-08-20", "2024-10-28")]
    assert got == ["2024Q1", "2024H1", "2024Q1-Q3"]


def test_this_and_next_year_give_one_year_to_each_item_of_a_respective_list() -> None:
    got = periods("今明两年欧盟经济增长预期分别为0.9%和1.4%。", date="2025-05-19")
    assert (got["0.9%"], got["1.4%"]) == ("2025", "2026")


def test_a_half_year_report_is_the_first_half() -> None:
    assert periods("根据公司2023年半年报，在线业务收入为16.6亿元。")["16.6亿元"] == "2023H1"


def test_a_respective_list_in_traditional_script_and_ascii_commas_gives_one_year_each() -> None:
    got = periods("2005年至2008年單位能耗分別修訂為1.28、1.24、1.18、1.12噸標準煤/萬元,2006年至2008年降低率分別為-2.7%、-5.0%、-5.2%。")
    assert [got[s] for s in ("1.28", "1.24", "1.18", "1.12噸標準煤/萬元")] == ["2005", "2006", "2007", "2008"]


def test_the_same_period_of_a_named_year_is_that_years_quarter() -> None:
    got = periods("一季度能源消费总量同比增长14.6%，2020年同期为下降3.1%。", date="2021-04-20")
    assert (got["14.6%"], got["3.1%"]) == ("2021Q1", "2020Q1")


def test_a_period_a_run_starts_from_is_not_the_figures_period() -> None:
    got = periods("上半年，轻工业延续去年四季度以来的回升态势，营业收入11.3万亿元。", date="2025-07-30")
    assert got["11.3万亿元"] == "2025H1"


def test_the_rate_for_two_base_months_together_has_both() -> None:
    got = periods("3月份消费物价上升1.7%，较2024年1月份及2月份合计的平均升幅2.1%为低。", date="2024-04-20")
    assert (got["1.7%"], got["2.1%"]) == ("2024-03", "2024-01/2024-02")


def test_a_weekday_is_the_latest_one_not_after_the_article() -> None:
    got = periods("该期货周三结算价为每桶62.02美元。", date="2026-01-15")
    assert got["62.02美元"] == "2026-01-14"


def test_last_weeks_weekday_is_in_the_calendar_week_before() -> None:
    assert periods("上周五，该指数收于3200点。", date="2024-08-15")["3200点"] == "2024-08-09"


def test_an_anniversary_is_no_weekday() -> None:
    assert periods("建校100周年之际，共有300人参加。")["300人"] is None
