"""Periods and bases the round-38 sort of the tuning sets' misses found as classes (sentences written for the tests, in
the registers the sets hold).

- **A holiday's figures told in the sentence after it** (`今年国庆假期，国内出游人次达7.65亿…。国家移民管理局数据显示，
  共计1309.8万人次出入境，同比增长25.8%`, `刚刚过去的春节假期，人气足、市场旺。9天时间里，国内出游5.96亿人次、出游总花费
  超8000亿元`): the holiday's days, as a figure inside the holiday's own sentence already has them — a change, a sum of
  money, and a tally of trips or visits (人次, 辆次, 架次). The carry had given a change the holiday's month (its year
  when it spans two) and a tally none; the tuning sets label all nine such figures (sealed14, sealed18, sealed36,
  sealed37) with the holiday. Kept as they were: a monthly statistic (`春节期间…带动价格涨幅扩大。…服务价格环比上涨0.9%`:
  the month, sealed3), a share (`假期出行中，旅游客流占六成`: the month, fresh), a figure told as now (`目前县域市场酒店
  预订订单同比增长68%` after a forecast of the holiday), and counts of other things (`有54个新品牌`, `两条机械臂`).
- **A year's 年增 when the page's date is missing** (`主計總處今公布去年經常性薪資平均4萬7884元、年增3.09%`, `全年總薪資
  平均76萬632元、年增3.91%`, `預估今年消費者物價指數年增率達2.09%`): the growth of a whole year is over the year before
  (上年), as it already was when the date resolved the year; without a date the year word (去年, 今年, 全年, 今年度)
  still names a whole year (sealed34–37: 8 such rates, all labelled 上年). A month's or a quarter's 年增 keeps 上年同期.
- **A window a figureless lead opens** (`央视网消息（新闻联播）：今年以来，我国有力实施一系列推动设备更新的新举措，…。⏎
  国家发展改革委最新表示，首批近500亿元…`): the story's theme, no period of the next paragraph's sums, rates and counts
  (sealed4, sealed15, sealed16, sealed18, sealed37: 7 such figures, all labelled none, all given the months of the year
  so far); a lead that tells figures (`今年以来，全国新设立外商投资企业20113家…。⏎从行业看，…`) is a statistical period and
  still dates the breakdown after it.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str | None = "2025-02-20") -> list[dict]:
    return [f for f in extract(text, date=date) if f["kind"] not in ("date", "year")]


def _periods(text: str, date: str | None = "2025-02-20") -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in _facts(text, date)}


def _bases(text: str, date: str | None = None) -> dict[str, str | None]:
    return {f["surface"]: f["base"] for f in _facts(text, date)}


@pytest.mark.parametrize(("text", "date", "want"), [
    ("今年国庆假期，全国铁路发送旅客1.5亿人次，同比增长6.2%。据国家移民管理局统计，共计1420.6万人次出入境，同比增长18.3%。",
     "2024-10-08", {"1420.6万人次": "2024-10-01/2024-10-07", "18.3%": "2024-10-01/2024-10-07"}),
    ("刚刚过去的春节假期，消费市场人气旺。9天时间里，全社会跨区域人员流动量达28.1亿人次，国内出游总花费超7000亿元。",
     "2026-03-02", {"28.1亿人次": "2026-02-15/2026-02-23", "超7000亿元": "2026-02-15/2026-02-23"}),
    ("“五一”假期，文旅市场供给丰富。国家级夜间文化和旅游消费集聚区累计客流量6120.5万人次。",
     "2026-05-07", {"6120.5万人次": "2026-05-01/2026-05-05"}),
    ("元旦假期，各地冰雪游热度上涨。国内热门城市机票预订量比上年同期增长六成。",
     "2024-01-02", {"六成": "2023-12-30/2024-01-01"}),
])
def test_a_holidays_figures_in_the_sentence_after_it_take_the_holidays_days(text: str, date: str, want: dict) -> None:
    got = _periods(text, date)
    assert {k: got.get(k) for k in want} == want


@pytest.mark.parametrize(("text", "date", "want"), [
    # a monthly statistic after the holiday: the month (sealed3)
    ("国庆假期出行和文娱需求大幅增加，带动居民消费价格涨幅扩大。服务价格环比上涨0.8%。",
     "2024-11-09", {"0.8%": "2024-10"}),
    # now, after a forecast of the holiday: no holiday period
    ("预计今年“五一”假期，国内出游将迎来新高。目前县域市场酒店预订订单同比增长55%。",
     "2024-05-06", {"55%": None}),
    # a count of other things than trips after the holiday: none
    ("国庆假期，各地商圈客流火热。在浙江温州，这个商业综合体有38个新品牌开业。",
     "2025-10-09", {"38个": None}),
])
def test_what_a_holiday_before_does_not_date(text: str, date: str, want: dict) -> None:
    got = _periods(text, date)
    assert {k: got.get(k) for k in want} == want


@pytest.mark.parametrize(("text", "want"), [
    ("主計總處今公布去年經常性薪資平均4萬6210元、年增2.87%，全年總薪資平均72萬1500元、年增3.45%。",
     {"2.87%": "上年", "3.45%": "上年"}),
    ("央行預估今年消費者物價指數(CPI)年增率達1.95%。", {"1.95%": "上年"}),
    ("文件顯示，該公司今年度的營收達到台幣1.2兆元，年增率達百分之21.8。", {"百分之21.8": "上年"}),
])
def test_a_years_nian_zeng_without_the_pages_date_is_over_the_year_before(text: str, want: dict) -> None:
    got = _bases(text)
    assert {k: got.get(k) for k in want} == want


@pytest.mark.parametrize(("text", "want"), [
    ("鴻海公布3月營收達新台幣6,800億元，年增12.5%。", {"12.5%": "上年同期"}),
    ("第三季營收年增18.2%。", {"18.2%": "上年同期"}),
])
def test_a_months_or_quarters_nian_zeng_keeps_the_same_period_before(text: str, want: dict) -> None:
    got = _bases(text)
    assert {k: got.get(k) for k in want} == want


@pytest.mark.parametrize(("text", "date", "want"), [
    ("央视网消息（新闻联播）：今年以来，我国有力实施一系列推动设备更新的新举措，加速内需潜力释放。\n"
     "国家发展改革委最新表示，首批近300亿元超长期特别国债资金已下达。", "2024-08-16", {"近300亿元": None}),
    ("央视网消息（新闻联播）：今年以来，我国坚持一体化保护和系统治理，推动生态修复治理取得新成效。\n"
     "改变了传统沙地造林依赖大水漫灌的模式，近万亩沙地苗木存活率提升到了91%。", "2026-08-09", {"91%": None}),
])
def test_a_window_a_figureless_lead_opens_dates_nothing_in_the_next_paragraph(text: str, date: str, want: dict) -> None:
    got = _periods(text, date)
    assert {k: got.get(k) for k in want} == want


def test_a_lead_that_tells_figures_still_dates_the_breakdown_after_it() -> None:
    text = ("今年以来，全国新设立外商投资企业20113家，同比增长6.8%。\n"
            "从行业看，高技术产业实际使用外资1163.3亿元，同比增长20.3%。")
    got = _periods(text, "2024-08-16")
    assert (got["1163.3亿元"], got["20.3%"]) == ("2024-01/2024-08", "2024-01/2024-08")
