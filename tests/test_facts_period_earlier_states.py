"""Periods of figures told against an earlier state or time (tests/gold/README.md, sealed15's judgement
calls; issue 10, "Period"): the turned-to figure of `由…转为` is the sentence's own period, a run the
month's report says has ended (`结束连续6个月下降`) ends the month before, `截至該月止的三個月` is the window
ending with the month named before, and the month an estimate was made (`從10月的預估值`) is no period."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str | None) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "before", "after", "want"), [
    ("1-2月份，全省工业出口交货值由上年12月份同比下降4.1%转为增长1.2%。", "2025-03-18",
     "4.1%", "1.2%", ("2024-12", "2025-01/2025-02")),
    ("一季度，規模以上工業利潤由上年第四季度下降2.3%轉為增長5.6%。", "2025-04-28",
     "2.3%", "5.6%", ("2024Q4", "2025Q1")),
])
def test_the_figure_turned_to_takes_the_sentences_own_period(text: str, date: str, before: str, after: str,
                                                              want: tuple[str, str]) -> None:
    got = periods(text, date)
    assert (got[before], got[after]) == want


@pytest.mark.parametrize(("text", "date", "surface", "window"), [
    ("3月份，服务业商务活动指数为51.2%，比上月上升2.1个百分点，结束连续5个月下降走势。", "2024-04-01",
     "5个月", "2023-10/2024-02"),
    ("2月份，新訂單指數為50.6%，結束連續三個月收縮態勢。", "2025-03-02", "三個月", "2024-11/2025-01"),
])
def test_a_run_the_report_says_has_ended_ends_the_month_before(text: str, date: str, surface: str,
                                                               window: str) -> None:
    assert periods(text, date)[surface] == window


def test_a_run_still_going_ends_with_the_month() -> None:
    got = periods("3月份，服务业商务活动指数为51.2%，连续5个月位于扩张区间。", "2024-04-01")
    assert got["5个月"] == "2023-11/2024-03"


def test_a_window_up_to_that_month_is_the_months_ending_with_the_month_named_before() -> None:
    got = periods("2019年6月的綜合消費物價指數上升了3.3%;截至該月止的三個月內,綜合消費物價指數較一年前同期上升"
                  "2.9%;截至該月止的十二個月內,綜合消費物價指數較一年前同期上升2.6%。", None)
    assert (got["3.3%"], got["三個月"], got["2.9%"], got["十二個月"], got["2.6%"]) == (
        "2019-06", "2019-04/2019-06", "2019-04/2019-06", "2018-07/2019-06", "2018-07/2019-06")


def test_that_month_without_a_month_named_before_gives_no_window() -> None:
    got = periods("截至該月止的三個月內,綜合消費物價指數較一年前同期上升2.9%。", None)
    assert got["三個月"] is None


@pytest.mark.parametrize(("text", "date"), [
    ("IMF 上修 2024 年全球經濟成長率預測,從 4 月的預估值 3.1% 上調至 3.2%。", None),
    ("世界银行将2024年全球经济增长预测从1月的预估值2.4%上调至2.6%。", "2024-06-12"),
])
def test_the_month_an_estimate_was_made_is_not_its_period(text: str, date: str | None) -> None:
    got = periods(text, date)
    assert {s: p for s, p in got.items() if s.endswith("%")} in (
        {"3.1%": "2024", "3.2%": "2024"}, {"2.4%": "2024", "2.6%": "2024"})


def test_a_holidays_length_inside_its_name_is_the_holiday() -> None:
    got = periods("据统计，清明节三天小长假，全市各公墓共接待祭扫群众120万人次。", "2026-04-07")
    assert (got["三天"], got["120万人次"]) == ("2026-04-04/2026-04-06", "2026-04-04/2026-04-06")


def test_counts_of_firms_that_disclosed_a_years_results_take_the_cutoff_day() -> None:
    got = periods("截至1月20日，共有860家A股公司已披露2025年业绩预告，其中预增的有312家，占比约36%。", "2026-01-21")
    assert (got["860家"], got["312家"], got["约36%"]) == ("2026-01-20", "2026-01-20", "2026-01-20")


def test_without_a_cutoff_day_the_results_year_stands() -> None:
    got = periods("已披露2025年半年报的71家房地产公司，上半年归母净利润合计亏损230亿元。", "2025-09-01")
    assert got["71家"] == "2025H1"


def test_a_later_clauses_change_over_the_month_before_is_of_the_sentences_month() -> None:
    got = periods("3月份錄得的總值為310億港元，上月按年跌2.4%，經季節性調整後按月上升0.9%。", "2025-04-30")
    assert (got["2.4%"], got["0.9%"]) == ("2025-02", "2025-03")


def test_last_months_own_figure_stays_last_months() -> None:
    got = periods("7月份CPI同比上涨0.5%；环比由上月下降0.2%转为上涨0.5%。", "2024-08-15")
    assert got["0.2%"] == "2024-06"
