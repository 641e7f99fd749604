"""Period classes the fresh gold sample showed (tests/gold/README.md): a day of the month
alone, reporting dates in brackets, holidays, last year's 全年 in a work report, runs and
base lists that are no period, contract months."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str = "2024-08-15") -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


def test_a_day_of_the_month_alone_dates_the_figures_of_its_event() -> None:
    got = periods("现货黄金价格12日收盘上涨0.18%，报每盎司2500美元。")
    assert (got["0.18%"], got["2500美元"]) == ("2024-08-12", "2024-08-12")


def test_a_day_still_ahead_of_the_article_is_last_months() -> None:
    assert periods("8月28日电 26日，两座大桥发生事故，造成3人受伤。", date="2024-09-02")["3人"] == "2024-08-26"


@pytest.mark.parametrize("text", [
    "欧盟2日决定对进口钢材设置每吨600美元的价格上限。",
    "该国连续5日出现300例新增病例。",
])
def test_a_day_that_dates_an_act_or_counts_days_is_no_period(text: str) -> None:
    assert [p for s, p in periods(text).items() if s.endswith(("美元", "例"))] == [None]


def test_a_bracketed_reporting_date_after_today_is_not_the_period_of_the_figures() -> None:
    got = periods("记者今天（5月6日）从交通运输部获悉，“五一”假期期间，全社会跨区域人员流动量为14亿人次。",
                  date="2024-05-06")
    assert got["14亿人次"] == "2024-05-01/2024-05-05"      # the holiday (tests/test_facts_period_holidays.py)


def test_the_day_in_brackets_after_today_is_the_articles_day_whatever_year_a_name_carries() -> None:
    got = periods("为期两天的2025年全国考试今天（12月23日）开考，报考人数为300万。", date="2024-12-23")
    assert got["300万"] == "2024-12-23"


@pytest.mark.parametrize(("date", "expected"), [("2023-03-06", "2022"), ("2023-08-15", "2023")])
def test_full_year_in_a_first_quarter_release_is_last_year(date: str, expected: str) -> None:
    assert periods("全年国内生产总值增长5.2%。", date=date)["5.2%"] == expected


def test_the_start_of_a_run_is_not_the_period_of_a_later_figure() -> None:
    got = periods("10月份新房成交量同比增长0.9%，自去年6月份连续15个月下降后首次增长；二手房成交量同比增长8.9%。",
                  date="2024-11-02")
    assert got["8.9%"] == "2024-10"


def test_a_list_of_bases_is_no_period() -> None:
    got = periods("今年前三季度国内生产总值增长5%，比上年全年和上年同期分别加快0.2和0.4个百分点。")
    assert (got["0.2"], got["0.4个百分点"]) == ("2024Q1-Q3", "2024Q1-Q3")


def test_a_contract_month_is_no_period() -> None:
    assert periods("纽约商品交易所2025年1月交货的轻质原油期货价格下跌1.38美元。")["1.38美元"] is None


def test_the_three_months_before_are_no_first_three_months() -> None:
    assert periods("与先前3个月比较，零售额下跌3.8%。")["3.8%"] is None


def test_a_sum_of_money_takes_the_period_of_the_sentence_before() -> None:
    got = periods("据海关统计，上半年，甲市进出口2.2万亿元。手机、电脑合计出口1684.5亿元，增长18.9%。")
    assert got["1684.5亿元"] == "2024H1"


def test_a_price_takes_no_period_from_the_sentence_before() -> None:
    got = periods("今年以来，定增募资规模回升。甲公司的定增发行价24.01元/股，较发行底价溢价29.09%。")
    assert got["24.01元/股"] is None


@pytest.mark.parametrize(("text", "surface"), [
    ("今天（6月23日），全长7582米的高速铁路隧道顺利贯通。", "7582米"),
    ("该博物馆于1844年建成，拥有40多万件藏品。", "40多万件"),
])
def test_a_standing_attribute_has_no_period(text: str, surface: str) -> None:
    assert periods(text, date="2026-06-23")[surface] is None


def test_jinri_de_is_no_day() -> None:
    assert periods("今日的中国，经济总量突破126万亿元。", date="2024-07-08")["126万亿元"] is None


def test_an_edition_is_a_label_without_period() -> None:
    assert periods("今天（5月18日）是第50个国际博物馆日。", date="2026-05-18")["第50个"] is None


def test_a_resolution_is_a_standing_attribute() -> None:
    assert periods("这是11月底发布的分辨率达到2.5纳米的电子显微镜。")["2.5纳米"] is None


def test_a_figure_opening_its_clause_takes_the_period_just_after_it() -> None:
    assert periods("21家主要银行上半年减免服务费用1375亿元")["21家"] == "2024H1"


def test_a_headline_figure_takes_no_period_from_the_next_paragraph() -> None:
    got = periods("</p><p><strong>全国秋粮收购超1.6亿吨</strong></p><p>昨天（3月1日），国家粮食局发布消息。",
                  date="2023-03-02")
    assert got["超1.6亿吨"] is None


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("12月30日至1月2日，全国铁路发送旅客5000万人次。", "2025-01-03", "2024-12-30/2025-01-02"),
    ("2024年12月30日至2025年1月2日，全国铁路发送旅客5000万人次。", "2025-01-03", "2024-12-30/2025-01-02"),
    ("12月28日至1月3日，景区售出门票50万张。", "2024-12-20", "2024-12-28/2025-01-03"),
    ("去年12月至今年2月，出口增长5%。", "2025-04-10", "2024-12/2025-02"),
])
def test_a_span_across_the_new_year_ends_in_the_later_year(text: str, date: str, expected: str) -> None:
    assert [p for s, p in periods(text, date=date).items() if not s[0].isdigit() or "万" in s] == [expected]


def test_a_day_far_ahead_of_the_article_is_last_years_unless_announced() -> None:
    assert periods("12月30日，全国铁路发送旅客500万人次。", date="2025-01-03")["500万人次"] == "2024-12-30"
    assert periods("活动将于12月5日举行。", date="2025-11-20")["12月5日"] == "2025-12-05"


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("今年头两个月出口增长7%。", "2024-03-15", "2024-01/2024-02"),
    ("今年一二月份出口增长7%。", "2024-03-15", "2024-01/2024-02"),
    ("本月以來，股指上漲3%。", "2024-11-15", "2024-11"),
])
def test_relative_month_spans(text: str, date: str, expected: str) -> None:
    assert periods(text, date=date)[next(s for s in periods(text, date=date) if s.endswith("%"))] == expected


def test_a_detail_reaches_back_over_a_sentence_without_period() -> None:
    got = periods("“十四五”期间，我国经济平稳增长。税费收入预计将超过155万亿元。其中，税收收入将超过85万亿元。",
                  date="2025-07-28")
    assert (got["超过155万亿元"], got["超过85万亿元"]) == ("2021/2025", "2021/2025")


def test_a_change_over_a_from_to_span_takes_the_end_as_its_period() -> None:
    # the seed page, sealed10 and sealed19 label the growth after a dated level reached with its year
    # (test_facts_period_reached_ends.py)
    got = periods("重庆新能源汽车产量从2020年的4.3万辆飙升至2024年的95.3万辆，四年增长22.2倍。", date="2025-01-20")
    assert (got["4.3万辆"], got["95.3万辆"], got["22.2倍"]) == ("2020", "2024", "2024")
