"""Period forms a fresh sample (sealed44) showed misread, each as its class (sentences written for the tests, in the
registers of the sample: CCTV news, Hong Kong and mainland company results, Taiwan's tourism and insurance statistics,
brokers' shipping forecasts, steel price lists, short-term notes).

- **A plan's years so far:** `“十四五”以来，全国完成行政村环境整治6.7万个` told in October 2024 is 2021/2024, the plan's
  years up to the article's, not its five years; told in the plan's last year (2021/2025) or undated, the five years
  stand, as sealed6–sealed15 label them.
- **Years listed with slashes, figures listed so:** `预计2020/2021年供给增速为1.7%/3%` — 1.7% is 2020's, 3% 2021's (a
  fiscal year `2023/2024年度` is one year, no list).
- **The old price of a price list's move:** `廢鋼原牌價每公噸8,400元調漲為8,600元` — the level left (原牌價) has no period,
  as `由X漲至Y`'s has none; the level reached keeps the day the list was opened.
- **A year written 零三年:** `是零三年的13億元的三倍多` gives 13億元 to 2003 and leaves the multiple the sentence's year;
  `市場原先預料零四年的盈利有40.7億元` is 2004's.
- **A range of years longer than thirty:** `从1990年到2021年，美国有超过111万人死于枪支暴力事件` — the toll is over
  1990/2021 (a study's 32 years), as a shorter range dates the figures after it.
- **A run of years filling the range told before it:** `2019年至2021年安岳连续3年入围`, `我國在104年至108年連續5年達成破千萬
  旅客來台` — the run and the figure after it in its clause are the range (2019/2021, 2015/2019); a run of another
  length is left alone.
- **A window told as its opening and closing days:** `假期运输将于5月30日启动，至6月3日共5天时间` — the five days are
  2025-05-30/2025-06-03 (only when the count is the window's).
- **An issue's year after a day written out:** `12月2日,集团成功发行2019年度第三期超短期融资券,金额20亿元` on an
  undated page — 2019年度 names the notes, so the amount has no period (the day has no year), and 第三期 is the notes'
  number, no period; a reporter's day (`记者今天（4月30日）…了解到，2026年第二批915亿元…`) leaves a batch's year standing.
- **Results under a year's last day:** `截至2023年12月31日,公司整体收入为414.53亿元,同比增长33.6%` — the year's (2023);
  a balance told there keeps the day (`外匯基金總資產為41514億元`).
- **A year ending in 5 written without 年 before a half or 全年:** `今天舉行2025上半年法人說明會` — 2025H1, a date, as
  `2024上半年` already was (sealed43); the guard against a longer number (`编号120215全年`) had lost its braces in an
  f-string and refused every year ending in 5 (2015, 2025).
- **What has been published so far:** `位居目前已公布獲利的四家金控之首，永豐金EPS 0.35元、玉山金0.25元` after `2026年1月自結
  稅後純益` — 目前 before 已公布 says how many results are out, not that the figures are of now: they keep the month.
- **A second 分别 list after its base:** `2021年-2022年分别实现归母净利润893亿元和1096亿元,分别较2020年上涨800%和1004%` —
  800% is 2021's and 1004% 2022's, as the first list's figures are; the base (较2020年) between is no period of theirs.
- **其间 after a window:** `假期运输将于5月30日启动，至6月3日共5天时间。其间，全国铁路预计日均开行旅客列车1.1万列。` — the
  sentence opening with 其间 is told over the window before (2025-05-30/2025-06-03).
- **A clause moving the time on by years:** `从2010年看,平安的车险只比太保多了97亿,…,到了5年以后,平安车险比太保大概要多560亿`
  — the figures after `到了5年以后,` are of a later time the sentence does not name (no period), not 2010's; those before
  keep 2010.
- **Last year as the start of an event's window:** `金管會去年公布…新制以來，13家壽險業者採用新制，9月整體…餘額達新台幣3419億元`
  told in October 2025 — 9月 is this September (2025-09), 去年 lends its year to no month after it.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _fact(text: str, surface: str, date: str | None) -> dict:
    return next(f for f in extract(text, date=date) if f["surface"] == surface)


def _period(text: str, surface: str, date: str | None) -> str | None:
    return _fact(text, surface, date)["period"]


# ----------------------------------------------------------------------------- a plan's years so far

_PLAN = "“十四五”以来，全国完成行政村环境整治6.7万个，农村生活污水治理率达到45%以上。"


@pytest.mark.parametrize(("date", "period"), [
    ("2024-10-12", "2021/2024"),     # told inside the plan: its years so far
    ("2022-03-01", "2021/2022"),
    ("2025-10-12", "2021/2025"),     # told in its last year: the five years
    ("2026-03-01", "2021/2025"),     # told after it: the five years, as before
    (None, "2021/2025"),             # undated
])
def test_a_plan_since_is_its_years_so_far(date: str | None, period: str) -> None:
    for surface in ("6.7万个", "45%以上"):
        assert _period(_PLAN, surface, date) == period


def test_the_plan_itself_stays_its_five_years() -> None:
    assert _period("“十四五”期间，全国完成行政村环境整治6.7万个。", "6.7万个", "2024-10-12") == "2021/2025"


# ----------------------------------------------------------------------------- years and figures listed with slashes

@pytest.mark.parametrize("date", ["2020-11-20", None])
def test_figures_listed_with_slashes_take_the_years_listed_so(date: str | None) -> None:
    text = "预计2020/2021年供给增速为1.7%/3%。"
    assert _period(text, "1.7%", date) == "2020"
    assert _period(text, "3%", date) == "2021"
    text = "预计2020/2021年需求增速为-7.2%/6.8%(恢复至2019年水平)。"
    assert _period(text, "-7.2%", date) == "2020"
    assert _period(text, "6.8%", date) == "2021"


def test_a_list_of_another_length_is_left_alone() -> None:
    text = "预计2020/2021年供给增速为1.7%/3%/5%。"
    assert _period(text, "1.7%", "2020-11-20") == _period(text, "3%", "2020-11-20")


# ----------------------------------------------------------------------------- the old price of a move

def test_the_old_price_of_a_price_list_has_no_period() -> None:
    text = "豐興昨（24）日開出本周新盤，廢鋼原牌價每公噸8,400元調漲為8,600元，型鋼平盤。"
    assert _period(text, "8,400元", "2026-02-25") is None
    assert _period(text, "8,600元", "2026-02-25") == "2026-02-24"


# ----------------------------------------------------------------------------- a year written 零三年

def test_a_year_written_with_ling_dates_the_figures_after_it() -> None:
    assert _period("市場原先預料零四年的盈利有40.7億元。", "40.7億元", "2005-03-10") == "2004"
    assert _period("市場原先預料○四年的盈利有40.7億元。", "40.7億元", None) == "2004"


def test_a_multiple_of_a_year_written_with_ling_keeps_the_sentences_year() -> None:
    text = "去年全年純利為44.2億元,是零三年的13億元的三倍多,但當年香港出現沙士。"
    assert _period(text, "13億元", "2005-03-10") == "2003"
    assert _period(text, "三倍多", "2005-03-10") == "2004"


# ----------------------------------------------------------------------------- a long range of years

def test_a_range_of_years_longer_than_thirty_dates_the_toll() -> None:
    text = "从1990年到2021年，美国有超过111万人死于枪支暴力事件。"
    assert _period(text, "超过111万人", "2024-05-01") == "1990/2021"


# ----------------------------------------------------------------------------- a run of years filling a range

@pytest.mark.parametrize(("text", "run", "period"), [
    ("2019年至2021年安岳连续3年入围西部地区县域经济百强县。", "3年", "2019/2021"),
    ("2022年至2024年首次实现连续三年水库安全运行。", "三年", "2022/2024"),
])
def test_a_run_filling_the_range_before_it_is_the_range(text: str, run: str, period: str) -> None:
    assert _period(text, run, "2025-04-08") == period


def test_a_run_filling_a_roc_range_dates_the_figure_after_it() -> None:
    text = "我國在104年至108年連續5年達成破千萬旅客來台，109年新冠肺炎疫情爆發後跌落谷底。"
    assert _period(text, "5年", "2025-12-20") == "2015/2019"
    assert _period(text, "破千萬", "2025-12-20") == "2015/2019"


def test_a_run_of_another_length_is_left_alone() -> None:
    assert _period("2019年至2021年安岳连续5年入围西部地区县域经济百强县。", "5年", "2025-04-08") is None


# ----------------------------------------------------------------------------- a window told by its two days

def test_a_window_opened_and_closed_on_two_days_is_their_span() -> None:
    assert _period("假期运输将于5月30日启动，至6月3日共5天时间。", "5天", "2025-05-20") == "2025-05-30/2025-06-03"


def test_a_count_of_days_that_is_not_the_windows_is_left_alone() -> None:
    assert _period("假期运输将于5月30日启动，至6月3日共8天时间。", "8天", "2025-05-20") is None


# ----------------------------------------------------------------------------- an issue's year after a day

def test_an_issue_year_after_a_day_on_an_undated_page_dates_nothing() -> None:
    text = "12月2日,集团成功发行2019年度第三期超短期融资券,金额20亿元,期限270天。"
    assert _period(text, "20亿元", None) is None
    assert _period(text, "第三期", None) is None


def test_a_reporters_day_leaves_the_batchs_year_standing() -> None:
    text = "记者今天（4月30日）从国家发展改革委了解到，近日，2026年第二批915亿元“两新”设备更新项目清单和资金安排已经下达。"
    assert _period(text, "915亿元", "2026-04-30") == "2026"


def test_an_issue_year_after_a_day_on_a_dated_page_gives_the_day() -> None:
    text = "12月2日,集团成功发行2019年度第三期超短期融资券,金额20亿元,期限270天。"
    assert _period(text, "20亿元", "2019-12-05") == "2019-12-02"


# ----------------------------------------------------------------------------- results under a year's last day

def test_results_under_a_years_last_day_are_the_years() -> None:
    text = "公告显示,截至2023年12月31日,公司整体收入为414.53亿元,同比增长33.6%。"
    assert _period(text, "414.53亿元", "2024-03-28") == "2023"
    assert _period(text, "33.6%", "2024-03-28") == "2023"


def test_a_balance_under_a_years_last_day_keeps_the_day() -> None:
    text = "截至2023年12月31日,公司总资产为100亿元,营业收入为414.53亿元。"
    assert _period(text, "100亿元", "2024-03-28") == "2023-12-31"
    assert _period(text, "414.53亿元", "2024-03-28") == "2023"
    text = "截至2025年12月31日，外匯基金總資產為41514億元，較去年11月底增加444億港元。"
    assert _period(text, "41514億元", "2026-01-30") == "2025-12-31"


# ----------------------------------------------------------------------------- last year opening an event's window

def test_last_year_opening_a_window_lends_no_year_to_a_month_after_it() -> None:
    text = "金管會去年公布外匯價格變動準備金新制以來，13家壽險業者採用新制，9月整體外匯價格變動準備金餘額達新台幣3419億元，創下史上次高。"
    assert _period(text, "3419億元", "2025-10-29") == "2025-09"


def test_last_years_month_stays_last_years() -> None:
    assert _period("去年9月整體外匯價格變動準備金餘額達新台幣3419億元。", "3419億元", "2025-10-29") == "2024-09"


# ----------------------------------------------------------------------------- a year ending in 5 before a half

@pytest.mark.parametrize("year", ["2015", "2025", "2024"])
def test_a_year_ending_in_five_without_nian_before_a_half_is_the_half(year: str) -> None:
    text = f"中信金控今天舉行{year}上半年法人說明會，全年獲利創新高。"
    half = _fact(text, f"{year}上半年", "2025-09-12")
    assert (half["kind"], half["value"]) == ("date", f"{year}H1")


def test_a_year_ending_in_five_without_nian_before_quan_nian_dates_the_figures() -> None:
    assert _period("2025全年,比亚迪实现营收2161.42亿元。", "2161.42亿元", "2026-03-30") == "2025"
    assert _period("编号120215全年累计1.5万件。", "1.5万件", None) is None    # still no year inside a longer number


# ----------------------------------------------------------------------------- published so far

def test_results_published_so_far_keep_the_month_told() -> None:
    text = ("元大金（2885）昨（11）日公布2026年1月自結稅後純益64.4億元，每股稅後純益（EPS）為0.48元，位居目前已公布獲利的"
            "四家金控之首，永豐金EPS 0.35元、玉山金0.25元、國票金0.13元。")
    for surface in ("四家", "0.35元", "0.25元", "0.13元"):
        assert _period(text, surface, "2026-02-12") == "2026-01"


def test_now_still_means_now() -> None:
    text = "今天（3月20日）发布的数据显示，目前已有720余家企业入驻。"
    assert _period(text, "720余家", "2024-03-20") is None


# ----------------------------------------------------------------------------- a second 分别 list after its base

def test_a_second_respective_list_after_its_base_pairs_with_the_years() -> None:
    text = "中远海控2021年-2022年分别实现归母净利润893亿元和1096亿元,分别较2020年上涨800%和1004%,大幅超过历年盈利水平。"
    assert [_period(text, s, "2023-05-01") for s in ("893亿元", "1096亿元", "800%", "1004%")] == ["2021", "2022", "2021", "2022"]


def test_one_change_after_the_base_keeps_the_range() -> None:
    text = "2021年-2022年分别实现归母净利润893亿元和1096亿元,较2020年上涨800%。"
    assert _period(text, "800%", "2023-05-01") == "2021/2022"


# ----------------------------------------------------------------------------- 其间 after a window

def test_a_sentence_opening_with_qijian_takes_the_window_before() -> None:
    text = "假期运输将于5月30日启动，至6月3日共5天时间。其间，全国铁路预计日均开行旅客列车1.1万列。"
    assert _period(text, "1.1万列", "2025-05-20") == "2025-05-30/2025-06-03"


def test_qijian_after_a_single_day_takes_nothing() -> None:
    text = "假期运输将于5月30日启动。其间，全国铁路预计日均开行旅客列车1.1万列。"
    assert _period(text, "1.1万列", "2025-05-20") is None


# ----------------------------------------------------------------------------- years later

def test_figures_after_a_clause_moving_years_on_lose_the_earlier_year() -> None:
    text = "从2010年看,平安的车险只比太保多了97亿,比人保少了500多亿,到了5年以后,平安车险比太保大概要多560亿,比人保还是要少733亿。"
    assert _period(text, "97亿", None) == "2010"
    assert _period(text, "560亿", None) is None
    assert _period(text, "733亿", None) is None


def test_a_later_year_named_after_the_move_dates_its_figures() -> None:
    text = "2010年平安车险保费为493亿,5年以后,到了2015年保费规模达到1300亿。"
    assert _period(text, "1300亿", None) == "2015"
