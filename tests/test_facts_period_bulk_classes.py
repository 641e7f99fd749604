"""Period classes a sample of 320 bulk-corpus facts showed when judged as an analyst would:
a range dash typeset as a horizontal bar, totals since a month, a cutoff day with a clock
time, a day range carried to its breakdown, the lunar new year's days, and decades."""

from __future__ import annotations

import pytest

from store.facts import extract


def facts(text: str, date: str | None = "2024-08-15") -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date=date)}


def periods(text: str, date: str | None = "2024-08-15") -> dict[str, str | None]:
    return {s: f["period"] for s, f in facts(text, date).items()}


@pytest.mark.parametrize("dash", ["―", "—", "－", "～", "〜"])
def test_a_month_range_is_read_whatever_dash_sets_it(dash: str) -> None:
    got = facts(f"2024年3月{dash}5月，全省实际使用外资88亿元。", "2024-06-20")
    assert got["88亿元"]["period"] == "2024-03/2024-05"


def test_a_total_since_a_month_runs_from_it_to_the_articles_month() -> None:
    got = periods("自2023年6月以来，该口岸累计验放货物420万吨。", "2024-08-15")
    assert got["420万吨"] == "2023-06/2024-08"
    got = periods("该园区从2019年9月开园至今，累计引进企业300家。", "2024-08-15")
    assert got["300家"] == "2019-09/2024-08"


def test_a_month_that_starts_a_run_elsewhere_in_the_sentence_stays_that_month() -> None:
    got = periods("2023年6月，该口岸验放货物42万吨，创下开通以来新高。", "2024-08-15")
    assert got["42万吨"] == "2023-06"


@pytest.mark.parametrize("text", ["截至18日10时，洪水已造成7人遇难。", "截至18日10时30分，洪水已造成7人遇难。"])
def test_a_cutoff_day_with_a_clock_time_dates_the_figures(text: str) -> None:
    assert periods(text, "2024-07-18")["7人"] == "2024-07-18"


def test_a_day_range_is_carried_whole_to_the_breakdown_in_the_next_sentence() -> None:
    text = "3月4日至10日，全市新建商品房成交1.2万套，环比增长8%。其中，住宅成交同比增长6%。"
    assert periods(text, "2024-03-12")["6%"] == "2024-03-04/2024-03-10"


def test_the_lunar_new_years_first_day_is_no_start_of_the_year() -> None:
    got = periods("今年大年初一，全国电影票房达到18亿元。", "2024-02-11")
    assert got["18亿元"] == "2024-02-10"       # the lunar day (test_facts_period_holiday_years.py), not January (年初)


@pytest.mark.parametrize("text", [
    "该地森林覆盖率由上世纪80年代的12%提高到40%。",
    "1990年代末，当地已有工厂30家。",
    "八十年代，全村只有2台拖拉机。",
])
def test_a_decade_is_no_count_of_years(text: str) -> None:
    # a date over the decade's years (store/facts/decades.py; sealed23 and sealed24 label 70年代, 1980年代 so)
    got = extract(text, date="2024-08-15")
    assert not [f for f in got if f["kind"] == "duration" or f["kind"] == "count" and f["unit"] == "年"]
    decade = next(f for f in got if "年代" in f["surface"])
    assert (decade["kind"], decade["value"] % 10, decade["value_high"] - decade["value"]) == ("year", 0, 9)


def test_a_count_stated_as_now_has_no_period_of_the_day_or_year_named_before() -> None:
    got = periods("今天（4月9日），某市发布人才政策，目前已有500余家企业入驻平台。", "2024-04-09")
    assert got["500余家"] is None
    got = periods("该公司今年规划的3万个基站，目前已经开通1.2万个。", "2024-08-15")
    assert (got["3万个"], got["1.2万个"]) == ("2024", None)


def test_a_window_up_to_now_keeps_its_period_after_mu_qian() -> None:
    got = periods("今年以来，截至目前，全省新增市场主体12万户。", "2024-08-15")
    assert got["12万户"] == "2024-01/2024-08"


@pytest.mark.parametrize(("text", "surface"), [
    ("5日，该项目开工建设，建成后每年可减少二氧化碳排放50万吨。", "50万吨"),
    ("8日，新机场投运，可满足年旅客吞吐量3000万人次。", "3000万人次"),
    ("6日，该电站并网发电，能够满足80万户家庭的用电需求。", "80万户"),
])
def test_a_capacity_is_no_figure_of_the_day_the_facility_opened(text: str, surface: str) -> None:
    assert periods(text, "2024-08-15")[surface] is None


def test_a_day_after_a_colon_is_a_day() -> None:
    got = facts("央视网消息（新闻联播）：12日，美国10年期国债收益率盘中升至4.6%。", "2024-08-13")
    assert got["12日"]["value"] == "2024-08-12" and got["4.6%"]["period"] == "2024-08-12"
    assert "19日" not in facts("比赛于10:19日落前结束。", "2024-08-13")


def test_market_figures_take_the_trading_day_of_the_sentence_before_even_without_figures() -> None:
    text = "受局势影响，国际原油期货价格5日开始新一周交易时大幅上涨。纽约市场原油期货价格一度上涨至每桶82.1美元。"
    assert periods(text, "2024-08-06")["82.1美元"] == "2024-08-05"
    text = "受局势影响，国际原油期货价格5日大幅上涨。当地新建学校20所。"
    assert periods(text, "2024-08-06")["20所"] is None           # no market figure: no trading day


def test_a_rate_after_a_one_sentence_lead_paragraph_takes_the_leads_period() -> None:
    text = "2025年，全省农业经济稳中向好。\n规模以上农产品加工企业营业收入增长6%，加工转化率达到75%。"
    got = periods(text, "2026-01-10")
    assert (got["6%"], got["75%"]) == ("2025", "2025")


@pytest.mark.parametrize("text", [
    "2025年，全省农业经济稳中向好。\n全省有农产品加工企业3000家。",          # a count: no flow of the lead's year
    "2025年，全省农业经济稳中向好。\n加工转化率达到75%\n",                 # a headline
    "2025年，全省农业经济稳中向好。当年多项改革落地。\n加工转化率达到75%。",   # a lead of two sentences
])
def test_a_new_paragraph_takes_no_period_otherwise(text: str) -> None:
    got = [f["period"] for f in extract(text, date="2026-01-10") if f["kind"] in ("count", "percent")]
    assert got == [None]


def test_since_the_year_opened_runs_to_the_articles_month() -> None:
    assert periods("开年以来，以旧换新已带动销售额超过3000亿元。", "2026-03-20")["超过3000亿元"] == "2026-01/2026-03"
