"""General period classes the unseen gold sample showed (tests/gold/README.md): a quarter
without a year, ROC years, period forms set with spaces, the same period of another year
after a yearless period, a base's own rate, forecast months with their year, spans of
months after a year, and a year named by a sentence in an article without a date."""

from __future__ import annotations

import pytest

from store.facts import extract


def facts(text: str, date: str | None = "2024-08-15") -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date=date)}


def periods(text: str, date: str | None = "2024-08-15") -> dict[str, str | None]:
    return {s: f["period"] for s, f in facts(text, date).items()}


@pytest.mark.parametrize(("date", "expected"), [
    ("2024-03-05", "2024Q1"),     # the quarter under way is this year's (sealed2's 一季度…同比增长18% of 25 March;
                                  # see test_facts_forecast_quarters.py)
    ("2024-04-18", "2024Q1"),     # released after the quarter: this year's
    ("2024-12-10", "2024Q1"),
])
def test_a_quarter_without_a_year_is_the_latest_one_begun(date: str, expected: str) -> None:
    assert periods("第一季，本地生产总值按年实质增长3.2%。", date)["3.2%"] == expected


def test_a_quarter_announced_as_ahead_is_this_years() -> None:
    assert periods("预计一季度出口将增长4%左右。", "2024-03-05")["4%左右"] == "2024Q1"


def test_a_quarter_in_a_sentence_that_names_its_year_keeps_that_year() -> None:
    assert periods("2024年第一季度，全省出口增长6%。", "2024-03-20")["6%"] == "2024Q1"


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("113年第3季失業率為3.4%。", "3.4%", "2024Q3"),
    ("民國112年上半年出口總值成長5%。", "5%", "2023H1"),
    ("114年12月外銷訂單年增12%。", "12%", "2025-12"),
])
def test_roc_years_before_a_period_within_the_year_are_converted(text: str, surface: str, expected: str) -> None:
    assert periods(text, "2026-01-20")[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("民國113年全年經濟成長率為4.3%。", "民國113年", 2024),
    ("民國112年出口成長5%。", "民國112年", 2023),
    ("114年全年經濟成長率8.6%。", "114年", 2025),
])
def test_an_roc_year_is_a_year_not_a_count_of_years(text: str, surface: str, expected: int) -> None:
    got = facts(text, "2026-02-20")
    assert (got[surface]["kind"], got[surface]["value"]) == ("year", expected)
    assert [f["period"] for f in got.values() if f["kind"] == "percent"] == [str(expected)]


def test_a_list_of_quarters_gives_each_item_of_a_respectively_list_its_quarter() -> None:
    got = facts("修正後113年第2、3季經濟成長率分別為5.1％、4.2％。", "2025-02-14")
    assert got["113年第2、3季"]["kind"] == "date" and got["113年第2、3季"]["value"] == "2024Q2-Q3"
    assert (got["5.1％"]["period"], got["4.2％"]["period"]) == ("2024Q2", "2024Q3")
    assert "113年" not in got                 # the ROC year is part of the date, no count of years


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("日本 2015 年第 3 季經濟成長率為 1.7%。", "1.7%", "2015Q3"),
    ("該國 2015 年全年出口衰退 4%。", "4%", "2015"),
])
def test_period_forms_set_with_spaces_are_read(text: str, surface: str, expected: str) -> None:
    assert periods(text, None)[surface] == expected


def test_the_same_period_of_a_named_year_after_a_yearless_quarter_is_that_quarter() -> None:
    text = "上半年，全省用电量同比增长6.2%，2021年同期为增长3.5%；工业用电量增长7.4%。"
    got = periods(text, None)
    assert got["3.5%"] == "2021H1"
    assert got["6.2%"] is None and got["7.4%"] is None   # the article's year is unknown


def test_a_growth_after_the_same_periods_clause_is_the_sentences_own_again() -> None:
    text = "前三季度，全市税收收入增长4%，2022年同期为下降2%，两年平均增长1%。"
    got = periods(text, "2023-10-20")
    assert (got["4%"], got["2%"], got["1%"]) == ("2023Q1-Q3", "2022Q1-Q3", "2023Q1-Q3")


def test_a_level_after_the_same_periods_clause_is_still_that_periods() -> None:
    got = periods("2019年上半年净利润为1200万元，2018年同期净利润为-300万元，每股收益为-0.01元。", "2019-07-20")
    assert (got["-300万元"], got["-0.01元"]) == ("2018H1", "2018H1")


def test_a_figure_after_a_bases_rate_is_the_bases_own_value() -> None:
    got = periods("今年全球经济增长预计为2.9%，略低于去年增长率 3.1%。", "2024-10-10")
    assert (got["2.9%"], got["3.1%"]) == ("2024", "2023")


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("较去年十二月预测数上修0.3个百分点。", "去年十二月预测", "2023-12"),
    ("较今年 2 月预测值下修0.2个百分点。", "今年 2 月预测", "2024-02"),
])
def test_a_forecasts_month_keeps_the_year_written_before_it(text: str, surface: str, expected: str) -> None:
    dates = [f for f in extract(text, date="2024-08-15") if f["kind"] == "date"]
    assert [(f["surface"], f["value"]) for f in dates] == [(surface, expected)]


def test_a_span_of_the_first_months_after_a_year_is_a_duration_and_the_year_a_year() -> None:
    got = facts("2023年前10个月，全市实际使用外资增长8%。", "2023-11-20")
    assert (got["2023年"]["kind"], got["2023年"]["value"]) == ("year", 2023)
    assert (got["前10个月"]["kind"], got["前10个月"]["value"]) == ("duration", 10)
    assert got["8%"]["period"] == "2023-01/2023-10"


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("预计2008 年上半年净利润为500万元。", "2008 年上半年", "2008H1"),
    ("公司2024年半年度营业收入增长3%。", "2024年半年度", "2024H1"),
])
def test_a_half_year_with_its_year_is_a_date_of_that_half(text: str, surface: str, expected: str) -> None:
    got = facts(text, "2024-08-15")
    assert (got[surface]["kind"], got[surface]["value"]) == ("date", expected)


def test_without_the_articles_date_last_year_is_the_year_before_the_one_the_sentence_names() -> None:
    got = facts("英國 2017 年第 2 季經濟成長率與去年第 4 季相同。", None)
    assert got["去年第 4 季"]["value"] == "2016Q4"


def test_the_period_a_multiple_is_taken_of_is_its_base_not_its_period() -> None:
    got = facts("截至11月30日，该港口集装箱吞吐量突破500万标箱，是去年全年总量的1.2倍。", "2024-12-02")
    assert got["1.2倍"]["period"] == "2024-11-30"


@pytest.mark.parametrize(("text", "expected"), [
    ("今年是两国建交40周年。", "2024"),
    ("明年是该协定签署20周年。", "2025"),
    ("1984年两国建交，今天双方共同庆祝40周年。", "2024"),   # the founding year + 40 (period_anniversaries)
])
def test_an_anniversary_is_dated_by_a_year_near_the_articles(text: str, expected: str | None) -> None:
    got = [f["period"] for f in extract(text, date="2024-08-15") if f["unit"] == "周年"]
    assert got == [expected]


def test_a_year_named_again_after_a_span_of_its_months_does_not_coarsen_the_period() -> None:
    text = "今年1—6月，全市家电零售额增长12%，2024年新纳入补贴的智能家居产品销售额增长超过1倍。"
    assert periods(text)["超过1倍"] == "2024-01/2024-06"


def test_a_year_after_a_point_in_it_is_the_years_flow() -> None:
    text = "截至2023年末，普惠贷款余额29万亿元，2023年新发放贷款平均利率4.8%。"
    assert periods(text, "2024-02-01")["4.8%"] == "2023"


def test_years_since_a_start_named_before_them_are_a_window_up_to_the_article() -> None:
    text = "该市2021年启动老旧小区改造，三年来，已改造小区420个。"
    assert periods(text, "2024-08-15")["420个"] == "2021/2024"
    assert periods("十年来，我国网民规模达到11亿人。", "2024-08-15")["11亿人"] == "2015/2024"


def test_two_years_sharing_nian_are_both_the_period() -> None:
    got = periods("2025和2026年全球经济增速预计均为3.1%。", "2024-10-20")
    assert got["3.1%"] == "2025/2026"
    got = periods("2022、2023年公司营收分别为3亿元、4亿元。", "2024-04-20")
    assert (got["3亿元"], got["4亿元"]) == ("2022", "2023")


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("二季度，全市用电量同比增长6%，2022年同期为下降1%。", "二季度", "2023Q2"),
    ("今年8月的零售额较2020年同月上升4.2%。", "今年8月", "2021-08"),
    ("公布的三季度业绩预告显示，该公司2021年前三季度净利润预增40%。", "三季度", "2021Q3"),
    ("2015 年全球经济增长预测值为 3.1%，较 4 月预测值下修 0.2 个百分点。", "4 月预测", "2015-04"),
])
def test_without_the_articles_date_a_month_or_quarter_takes_the_year_its_sentence_speaks_in(
        text: str, surface: str, expected: str) -> None:
    got = facts(text, None)
    assert (got[surface]["kind"], got[surface]["value"]) == ("date", expected)


def test_without_the_articles_date_figures_get_no_period_from_a_yearless_month() -> None:
    got = facts("今年8月的零售额为300亿元，较2020年同月上升4.2%。", None)
    assert got["300亿元"]["period"] is None


def test_a_month_without_a_year_in_an_undated_sentence_naming_none_is_a_date_without_value() -> None:
    # tests/gold/README.md (sealed7's call): a date with value null, not guessed (test_facts_period_undated_dates.py)
    got = [f for f in extract("今年5月的零售额为300亿元。", date=None) if f["kind"] == "date"]
    assert [(f["surface"], f["value"]) for f in got] == [("今年5月", None)]


def test_a_year_in_brackets_names_a_reports_edition() -> None:
    text = "据《中国数字经济发展报告（2024）》显示，全国数字经济规模达53.9万亿元。"
    got = {f["surface"]: f for f in extract(text, date="2024-08-15", unsaid=True)}
    assert (got["2024"]["kind"], got["2024"]["value"]) == ("year", 2024)
    assert "2024" not in facts(text)        # read, then left out as part of the title's name (junk37)


@pytest.mark.parametrize("text", [
    "各地应在2024年12月31日前将存量贷款利率下调至不低于3.5%。",
    "该省要求今年底前完成改造任务的80%。",
])
def test_a_deadline_is_no_period_of_what_is_to_be_done_by_then(text: str) -> None:
    got = [f["period"] for f in extract(text, date="2024-09-01") if f["kind"] == "percent"]
    assert got == [None]


@pytest.mark.parametrize(("text", "surface", "period"), [
    ("核心CPI同比上涨1.1%，涨幅连续5个月保持在1%以上。", "1%以上", None),      # no month named: none
    ("2024年，全省人均生产总值比上年增长5%，连续3年超过1.2万美元。", "超过1.2万美元", "2022/2024"),
])
def test_a_threshold_held_over_a_run_has_the_runs_window(text: str, surface: str, period: str | None) -> None:
    assert periods(text, "2025-01-20")[surface] == period     # tests/test_facts_period_runs.py


def test_a_rank_held_over_a_run_keeps_the_sentences_period() -> None:
    assert periods("2024年全国快递业务量超1700亿件，连续11年稳居世界第一。", "2025-01-20")["世界第一"] == "2024"


def test_the_end_of_a_policys_term_is_no_period_of_its_figures() -> None:
    text = "会议决定，将小微企业年应纳税所得额不超过300万元部分减征所得税的政策延续实施至2027年底。"
    assert periods(text, "2024-08-15")["不超过300万元"] is None


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("年末全国就业人员73439万人。", "2026-03-10", "2025-12-31"),     # a communiqué of the new year
    ("年底，全市5G基站达到3万个。", "2026-09-10", "2026-12-31"),
    ("预计年末将达到1000万户。", "2026-03-10", "2026-12-31"),        # ahead: this year's
])
def test_a_year_end_without_a_year_is_the_one_the_release_speaks_of(text: str, date: str, expected: str) -> None:
    assert [f["period"] for f in extract(text, date=date) if f["kind"] == "count"] == [expected]


def test_this_quarter_is_the_articles_quarter() -> None:
    assert periods("本季度本地生产总值按季增长0.5%。", "2026-05-10")["0.5%"] == "2026Q2"
