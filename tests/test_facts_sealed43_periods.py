"""Period forms a fresh sample (sealed43) showed misread, each as its class (sentences written for the tests, in the
registers of the sample: mainland and Taiwan company results, Hong Kong interim results, weekly farm-price bulletins).

- **A year written without 年 before 全年 or a half:** `2021全年,比亚迪实现营收2161.42亿元` — the whole year (2021)
  dates the figures after it, as `2021年全年` does; `2024上半年` is the half (2024H1), a date as `2024年上半年` is.
- **A week of the year numbered by a weekly bulletin:** `据市农业农村委监测,第21周全市监测点仔猪零售均价27.92元/公斤`
  told on 1 June 2022 — ISO week 21 of 2022 (2022-05-23/2022-05-29), a date and the period of the prices and their
  moves; the year written before it wins (`2021年第52周`), a week not yet begun by the article's day is last year's;
  undated, the week is a date of no value and dates nothing.  Runs and weeks of a month or an event (`连续第七周`,
  `6月第2周`, `春运第一周`) are no such label.
- **From one results window to the next:** `经营收益总额由截至2023年6月30日止6个月的107.4亿港元增加37.2%至截至2024年6月30日止
  6个月的147.3亿港元` — the first window's own figure (joined by 的) is of that window (2023H1), the change between is
  of the window it runs to (2024H1), as the last figure is.
- **A year to a month end, a comma after 止:** `截至6月底止,全年股东应占亏损逾163亿港元,按年收窄逾17%` — the twelve months to
  that day (2024-07/2025-06), as `截至6月底止全年` already reads, not the calendar year of 全年.
- **A span of days after a relative year:** `認列去年7月24日至12月31日的PPA約30億元` told on 12 January 2026 — last year's
  days (2025-07-24/2025-12-31), as `去年10月14日` is a day of last year; `明年1月9日至11日` next year's; across the new
  year the end is the year after the start (`去年12月30日至1月2日`: 2025-12-30/2026-01-02).
- **A share reached of an earlier period's figure:** `今年前4月稅前獲利35.49億元,已達去年全年稅前盈餘的83%,每股稅前盈餘
  0.63元` — 去年全年 is the base of the share, not a period: the share and the figures after it keep the months told
  (2023-01/2023-04), as `相當於`/`恢復至…同期的` already do; `达2025年全年总额的80%` alike.  A year reached with no share
  after it (`达到2025年的水平`) is left as it was read.
- **A cumulative result after a month's:** `台新銀行 9 月稅後純益 19 億元，累計稅後純益 154.6 億元，年增 10.7%` — 累計 before a
  result with no window written is the year to that month (2025-01/2025-09), its change right after too, as
  `累計前9月`/`累計1至7月` write it; the ratios after (`逾放比 0.15%`) keep the month, and 累計 after a year
  (`去年稅後純益…，累計每股稅後純益1.91元`) or after January changes nothing.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _fact(text: str, surface: str, date: str | None) -> dict:
    return next(f for f in extract(text, date=date) if f["surface"] == surface)


# ----------------------------------------------------------------------------- a year written without 年

@pytest.mark.parametrize("date", [None, "2022-03-30"])
def test_a_year_without_nian_before_quan_nian_dates_the_figures(date: str | None) -> None:
    text = "2021全年,比亚迪实现营收2161.42亿元,同比增加38.02%;净利润30.45亿元,同比下滑28.08%。"
    for surface in ("2161.42亿元", "38.02%", "30.45亿元", "28.08%"):
        assert _fact(text, surface, date)["period"] == "2021"
    assert _fact(text, "2021", date)["kind"] == "year"


def test_a_year_without_nian_before_a_half_is_the_half() -> None:
    text = "2024上半年全国共开行旅游列车789列。"
    half = _fact(text, "2024上半年", "2024-07-10")
    assert (half["kind"], half["value"]) == ("date", "2024H1")
    assert _fact(text, "789列", "2024-07-10")["period"] == "2024H1"


def test_a_year_inside_a_longer_number_is_no_year() -> None:
    assert _fact("编号120215全年累计1.5万件。", "1.5万件", None)["period"] is None    # undated: 全年 of no known year


# ----------------------------------------------------------------------------- a week of the year

_BULLETIN = "据市农业农村委监测,第21周全市监测点仔猪零售均价27.92元/公斤,环比涨2.65%,同比跌57.33%;比农业农村部监测的全国数据低16.94%。"


def test_a_numbered_week_on_a_dated_page_is_its_iso_week() -> None:
    week = _fact(_BULLETIN, "第21周", "2022-06-01")
    assert (week["kind"], week["value"], week["value_high"]) == ("date", "2022-05-23", "2022-05-29")
    for surface in ("27.92元/公斤", "2.65%", "57.33%", "16.94%"):
        assert _fact(_BULLETIN, surface, "2022-06-01")["period"] == "2022-05-23/2022-05-29"


def test_a_numbered_week_on_an_undated_page_has_no_value() -> None:
    week = _fact(_BULLETIN, "第21周", None)
    assert (week["kind"], week["value"]) == ("date", None)
    assert _fact(_BULLETIN, "27.92元/公斤", None)["period"] is None


@pytest.mark.parametrize(("text", "date", "week"), [
    ("2021年第52周,全市猪肉零售均价28.74元/公斤。", "2022-03-01", "2021-12-27/2022-01-02"),   # the year written
    ("据监测,第52周全市猪肉零售均价28.74元/公斤。", "2022-01-05", "2021-12-27/2022-01-02"),    # not begun yet: last year's
])
def test_a_numbered_week_takes_its_year(text: str, date: str, week: str) -> None:
    assert _fact(text, "28.74元/公斤", date)["period"] == week


@pytest.mark.parametrize("text", [
    "秦皇岛港动力煤交易价格的中准水平连续第4周维持在785元/吨。",
    "全国活猪平均价格13.83元/公斤,结束了自6月第2周以来的上涨势头。",
    "春运第1周,全社会跨区域人员流动量超14亿人次。",
])
def test_runs_and_weeks_of_a_month_or_an_event_are_no_week_of_the_year(text: str) -> None:
    for f in extract(text, date="2022-06-01"):
        assert "2022-05" not in str(f["period"]) and not (f["kind"] == "date" and "周" in f["surface"]), f


# ----------------------------------------------------------------------------- Hong Kong results windows

def test_from_one_window_to_the_next() -> None:
    text = "经营收益总额由截至2023年6月30日止6个月的107.4亿港元增加37.2%至截至2024年6月30日止6个月的147.3亿港元。"
    assert _fact(text, "107.4亿港元", "2024-08-15")["period"] == "2023H1"
    assert _fact(text, "37.2%", "2024-08-15")["period"] == "2024H1"
    assert _fact(text, "147.3亿港元", "2024-08-15")["period"] == "2024H1"


def test_a_window_compared_without_a_window_after_keeps_its_reading() -> None:
    text = "與截至2019年6月30日止六個月相比，收益增加14.6%。"
    assert _fact(text, "14.6%", "2019-08-20")["period"] != "2019H1"


@pytest.mark.parametrize("date", ["2025-09-26", None])
def test_a_year_to_a_month_end_after_a_comma(date: str | None) -> None:
    text = "新世界发展公布,截至2025年6月底止,全年股东应占亏损逾163亿港元,按年收窄逾17%。"
    assert _fact(text, "逾163亿港元", date)["period"] == "2024-07/2025-06"
    assert _fact(text, "逾17%", date)["period"] == "2024-07/2025-06"


# ----------------------------------------------------------------------------- a span of days after a relative year

@pytest.mark.parametrize(("text", "surface", "low", "high"), [
    ("認列去年7月24日至12月31日的PPA約30億元。", "7月24日至12月31日", "2025-07-24", "2025-12-31"),
    ("会议同意明年1月9日至11日召开全体会议。", "1月9日至11日", "2027-01-09", "2027-01-11"),
    ("去年12月30日至1月2日，销售额约30亿元。", "12月30日至1月2日", "2025-12-30", "2026-01-02"),
    ("今年3月1日至5日，销售额约30亿元。", "3月1日至5日", "2026-03-01", "2026-03-05"),
])
def test_a_span_of_days_after_a_relative_year(text: str, surface: str, low: str, high: str) -> None:
    f = _fact(text, surface, "2026-01-12")
    assert (f["value"], f["value_high"]) == (low, high)


def test_the_figures_after_it_take_last_years_days() -> None:
    assert _fact("認列去年7月24日至12月31日的PPA約30億元。", "約30億元", "2026-01-12")["period"] == "2025-07-24/2025-12-31"


# ----------------------------------------------------------------------------- a share reached of an earlier figure

@pytest.mark.parametrize(("text", "date", "period", "surfaces"), [
    ("台灣高鐵今年前4月稅前獲利35.49億元,已達去年全年稅前盈餘的83%,每股稅前盈餘0.63元。", "2023-05-20",
     "2023-01/2023-04", ("83%", "0.63元")),
    ("我国上半年创新药对外授权交易额约1100亿美元，达2025年全年总额的80%，上半年批准的38个创新药。", "2026-07-13",
     "2026H1", ("80%", "38个")),
])
def test_a_share_reached_of_an_earlier_figure_keeps_the_sentences_period(text, date, period, surfaces) -> None:
    for surface in surfaces:
        assert _fact(text, surface, date)["period"] == period


# ----------------------------------------------------------------------------- a cumulative result after a month's

_MONTHLY = "台新銀行 9 月稅後純益 19 億元，累計稅後純益 154.6 億元，年增 10.7%，資產品質穩健，逾放比 0.15%。"


def test_a_cumulative_result_after_a_month_is_the_year_to_that_month() -> None:
    assert _fact(_MONTHLY, "19 億元", "2025-10-13")["period"] == "2025-09"
    assert _fact(_MONTHLY, "154.6 億元", "2025-10-13")["period"] == "2025-01/2025-09"
    assert _fact(_MONTHLY, "10.7%", "2025-10-13")["period"] == "2025-01/2025-09"
    assert _fact(_MONTHLY, "0.15%", "2025-10-13")["period"] == "2025-09"


@pytest.mark.parametrize(("text", "surface", "period"), [
    ("台新新光金去年稅後純益373.6億元，累計每股稅後純益（EPS）為1.91元。", "1.91元", "2025"),
    ("台新銀行1月稅後純益19億元，累計稅後純益19億元。", "19億元", "2026-01"),
])
def test_a_cumulative_result_after_a_year_or_january_is_left(text: str, surface: str, period: str) -> None:
    assert all(f["period"] == period for f in extract(text, date="2026-02-12") if f["surface"] == surface)


# ----------------------------------------------------------------------------- the base's year on an undated page

@pytest.mark.parametrize(("text", "surface"), [
    ("1-8月份,全区规模以上工业增加值同比增长11.3%,比2019年1-8月份增长13.3%,两年平均增长6.4%。", "1-8月份"),
    ("9月份,社会消费品零售总额36833亿元,同比增长4.4%;比2019年9月份增长7.8%。", "9月份"),
])
def test_a_base_year_after_the_months_is_not_theirs(text: str, surface: str) -> None:
    f = _fact(text, surface, None)
    assert (f["kind"], f["value"]) == ("date", None)


# ----------------------------------------------------------------------------- a schedule in traditional characters

@pytest.mark.parametrize(("text", "date", "surface", "value"), [
    ("AMD的MI450架構AI伺服器預定第4季出貨，供貨廠商包括Meta。", "2026-03-01", "第4季", "2026Q4"),
    ("AMD的AI伺服器规划第4季出货。", "2026-03-01", "第4季", "2026Q4"),
    ("預計九月底舉行電價費率審議會，決定十月電價。", "2025-08-25", "十月", "2025-10"),
    ("新廠將於第3季量產。", "2026-03-01", "第3季", "2026Q3"),
])
def test_a_schedule_in_traditional_characters_is_ahead(text: str, date: str, surface: str, value: str) -> None:
    assert _fact(text, surface, date)["value"] == value


def test_a_quarter_told_without_a_schedule_is_still_the_last_one() -> None:
    assert _fact("緯創第4季營收創新高。", "第4季", "2026-03-01")["value"] == "2025Q4"


# ----------------------------------------------------------------------------- a holiday with its year at a clause head

@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    ("光是今年春节，企业销售额同比增长就超过20%。", "2024-02-20", "超过20%", "2024-02-10/2024-02-17"),
    ("平台数据显示，今年中秋节，包间上座率增长超过了90%。", "2025-10-10", "超过了90%", "2025-10-01/2025-10-08"),
])
def test_a_holiday_with_its_year_at_a_clause_head_is_its_days(text: str, date: str, surface: str, period: str) -> None:
    assert _fact(text, surface, date)["period"] == period


@pytest.mark.parametrize("text", ["春节，企业销售额同比增长超过20%。", "满足元旦、春节，企业销售额同比增长超过20%。"])
def test_a_holiday_without_its_year_or_in_a_list_dates_nothing(text: str) -> None:
    assert _fact(text, "超过20%", "2024-02-20")["period"] is None


# ----------------------------------------------------------------------------- a window's length after 结束

def test_a_windows_length_after_its_end_is_over_its_days() -> None:
    text = "今年铁路暑运自7月1日启动至8月31日结束，共计62天。"
    assert _fact(text, "62天", "2025-07-01")["period"] == "2025-07-01/2025-08-31"
    assert _fact(text.replace("62天", "60天"), "60天", "2025-07-01")["period"] is None


# ----------------------------------------------------------------------------- an event's window of months

def test_an_events_window_of_months_from_its_opening_day() -> None:
    text = "为期两个月的铁路暑期运输今天（7月1日）启动，一批新线、新站投入暑运。"
    assert _fact(text, "两个月", "2025-07-01")["period"] == "2025-07-01/2025-08-31"


def test_a_window_of_months_told_at_its_close_leaves_the_days_counts() -> None:
    text = "今天（9月1日）12时，为期4个月的海洋伏季休渔期结束，四地部门联合护航3万余艘渔船出海。"
    assert _fact(text, "3万余艘", "2025-09-01")["period"] == "2025-09-01"
