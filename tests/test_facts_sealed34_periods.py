"""Periods a fresh sample (sealed34) showed misread, each as its class (sentences written for the tests).

- **Holidays:** `清明节当天` is the day of the solar term 清明, April 4 or 5 (2024-04-04, 2026-04-05), not the first
  day of the statutory holiday; National Day written `十一` with its holiday's word in quotes (`今年十一“黄金周”期间`,
  `2014年十一“黄金周”`) is that year's golden week (2014-10-01/2014-10-07), and its figures take it (was the whole
  year); `十一` alone stays no figure. The same holiday of last year's release (`相比于去年公布的16.6亿元`) is the base:
  its value is last year's golden week, the 同比 change after it this year's (was last year's year, both).
- **Bases:** a year with 同期 after a verb of surpassing or regaining (`均已超越2019年同期`, `已恢復2019年同期水準`) is a
  comparison base, as after 较/比/超过: the figures after it keep the sentence's own year (`尤以…超過360班` was 2019),
  and a month named later is of that year (`12月更以432萬人次` was 2019-12); a figure stated right after it (`超越2019年
  同期的80万人次`) is still the base's.
- **Windows from the year's start:** a window from 年初 or 1 January to a day (`自今（2026）年1月1日起至3月10日`,
  `今年年初開盤迄10月11日止`, `由年初至12月29日止`) is the period of the figures after it (2026-01-01/2026-03-10; was
  the closing day), and its length told right after it (`共69天`, `共186個交易日`) is over the same days (was none);
  a cutoff after a clause of its own (`1月1日起实施新规，截至3月10日`) and a month's end (`年初至3月底`) stay as they
  were. Any window of days's length told right after it, counting its days (`从1月13日起至2月21日止,共40天`,
  `9日至11日3天就共收購`), is over the window (was none); a count of fewer days (`9日至11日2天下雨`) and a
  base holiday's length (`與去年七天假期日均相比`) are not.
  `自今年初以來` is the months from January to the article's month, as `年初以来` (was the whole year).
- **Bracketed days:** Taiwan's day written alone in brackets after its subject, `雲林縣(12)日停班停課`, is a date of
  the article's month, as `今（12）日` is (was nothing); a numbered item (`(1)日本`), `日均` and `第(3)日` are no date.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str = "2025-11-13") -> list[dict]:
    return [f for f in extract(text, date=date) if f["kind"] not in ("date", "year")]


def _one(text: str, surface: str, date: str = "2025-11-13") -> dict:
    return next(f for f in _facts(text, date) if f["surface"].endswith(surface))


@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    ("清明节当天，全市各公墓共接待祭扫群众36万人次。", "2024-04-06", "36万人次", "2024-04-04"),
    ("清明節當天，國道全日車流量為310萬輛次。", "2026-04-07", "310萬輛次", "2026-04-05"),
    ("清明当天，景区共接待游客5.2万人次。", "2025-04-06", "5.2万人次", "2025-04-04"),
    ("2019年清明节当天，铁路发送旅客1050万人次。", "2019-04-08", "1050万人次", "2019-04-05"),
])
def test_qingmings_own_day_is_the_solar_term(text: str, date: str, surface: str, period: str) -> None:
    assert _one(text, surface, date)["period"] == period


def test_qingmings_own_day_not_yet_come_gives_none() -> None:
    f = _one("预计清明节当天将有30万人次前往墓园祭扫。", "30万人次", "2026-04-02")
    assert f["period"] != "2026-04-05"


@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    ("今年十一“黄金周”期间，全省重点景区门票收入8.3亿元。", "2014-10-09", "8.3亿元", "2014-10-01/2014-10-07"),
    ("记者对2014年十一“黄金周”期间各景区的统计显示，黄山接待游客12万人次。", "2014-10-20", "12万人次",
     "2014-10-01/2014-10-07"),
    ("今年十一“长假”期间，全市共接待游客520万人次。", "2024-10-09", "520万人次", "2024-10-01/2024-10-07"),
])
def test_national_day_written_eleven_before_its_quoted_golden_week(text: str, date: str, surface: str,
                                                                  period: str) -> None:
    assert _one(text, surface, date)["period"] == period


@pytest.mark.parametrize("text", [
    "今年十一“黄金周”期间，不少景区呈现冰火两重天景象。",
    "十一小长假刚过，各地景区陆续恢复平静。",
])
def test_eleven_naming_the_holiday_is_no_figure(text: str) -> None:
    assert not any("十一" in f["surface"] for f in extract(text, date="2014-10-10"))


@pytest.mark.parametrize(("text", "surface", "period"), [
    ("2025年本港航線已達30個城市，多數市場旅客量均已超越2019年同期，其中日本航線每週航班數超過210班。",
     "210班", "2025"),
    ("去（2025）年全年客運量達3200萬人次；自9月起各月旅運量均已超越2019年同期，12月更以310萬人次創下單月新高。",
     "310萬人次", "2025-12"),
    ("今年一季度入境旅客已恢復2019年同期水準，3月接待旅客85萬人次。", "85萬人次", "2026-03"),
])
def test_a_year_surpassed_or_regained_is_a_base(text: str, surface: str, period: str) -> None:
    assert _one(text, surface, "2026-04-15")["period"].startswith(period)
    assert not _one(text, surface, "2026-04-15")["period"].startswith("2019")


def test_a_figure_stated_right_after_the_surpassed_year_is_the_bases() -> None:
    f = _one("今年一季度入境旅客超越2019年同期的80万人次，达到95万人次。", "80万人次", "2024-04-15")
    assert f["period"] == "2019Q1"


@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    ("機場公司表示，自今（2026）年1月1日起至2月20日共51天，累計旅運量已逾800萬人次。", "2026-02-23", "800萬人次",
     "2026-01-01/2026-02-20"),
    ("機場公司表示，自今（2026）年1月1日起至2月20日共51天，累計旅運量已逾800萬人次。", "2026-02-23", "51天",
     "2026-01-01/2026-02-20"),
    ("證交所統計，今年年初開盤迄9月30日止共183個交易日，集中市場總成交金額為60.2兆元。", "2024-10-02", "60.2兆元",
     "2024-01-01/2024-09-30"),
    ("證交所統計，今年年初開盤迄9月30日止共183個交易日，集中市場總成交金額為60.2兆元。", "2024-10-02", "183個交易日",
     "2024-01-01/2024-09-30"),
    ("據入境處數字，由年初至11月17日止，本港居民出境累計增加31.5%。", "2024-11-19", "31.5%",
     "2024-01-01/2024-11-17"),
    ("从2019年初至8月5日间，平台共接到代购备注56万余条。", "2019-09-01", "56万余条", "2019-01-01/2019-08-05"),
])
def test_a_window_from_the_years_start_to_a_day(text: str, date: str, surface: str, period: str) -> None:
    assert _one(text, surface, date)["period"] == period


@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    ("今年1月1日起实施新规，截至3月10日已办理业务5000件。", "2024-03-12", "5000件", "2024-03-10"),
    ("年初至3月底，全市新增贷款1200亿元。", "2024-04-12", "1200亿元", "2024-01/2024-03"),
])
def test_a_cutoff_of_its_own_or_a_months_end_stays(text: str, date: str, surface: str, period: str) -> None:
    assert _one(text, surface, date)["period"] == period


@pytest.mark.parametrize(("text", "date", "period"), [
    ("金價續創新高，自今年初以來已上漲逾25%。", "2026-01-28", "2026-01"),
    ("金价续创新高，自今年初以来已上涨逾25%。", "2026-05-20", "2026-01/2026-05"),
])
def test_since_this_years_start_runs_to_the_articles_month(text: str, date: str, period: str) -> None:
    assert _one(text, "25%", date)["period"] == period


@pytest.mark.parametrize(("text", "date", "surface", "value"), [
    ("颱風來襲，嘉義縣(12)日停班停課，傳統市場菜價微漲。", "2025-11-12", "(12)日", "2025-11-12"),
    ("台北市政府(28)日舉行記者會，說明防颱整備。", "2025-11-03", "(28)日", "2025-10-28"),
])
def test_a_day_alone_in_brackets_after_its_subject_is_a_date(text: str, date: str, surface: str, value: str) -> None:
    got = [f for f in extract(text, date=date) if f["kind"] == "date"]
    assert [(f["surface"], f["value"]) for f in got] == [(surface, value)]


@pytest.mark.parametrize("text", [
    "主要出口市場依序為：(1)日本，(2)美國。",
    "交易所(5)日均成交量為3000億元。",
    "賽程第(3)日的比賽延期。",
])
def test_a_numbered_item_or_a_daily_word_is_no_bracketed_day(text: str) -> None:
    assert not [f for f in extract(text, date="2025-11-12") if f["kind"] == "date"]


def test_last_years_released_holiday_figure_is_the_base() -> None:
    text = "今年十一“黄金周”期间全省景区门票收入8.3亿元，相比于去年公布的8.9亿元，同比下降了6.7%。"
    assert _one(text, "8.9亿元", "2014-10-09")["period"] == "2013-10-01/2013-10-07"
    assert _one(text, "6.7%", "2014-10-09")["period"] == "2014-10-01/2014-10-07"


@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    ("今年春运从1月14日起至2月22日止,共40天。", "2025-03-01", "40天", "2025-01-14/2025-02-22"),
    ("農會9日至11日3天就共收購2000公噸稻穀。", "2025-11-12", "3天", "2025-11-09/2025-11-11"),
])
def test_a_windows_length_told_after_it_is_over_its_days(text: str, date: str, surface: str, period: str) -> None:
    assert _one(text, surface, date)["period"] == period


def test_fewer_days_than_the_window_are_not_its_length() -> None:
    assert _one("9日至11日2天下雨。", "2天", "2025-11-12")["period"] is None


def test_a_base_holidays_length_is_no_window() -> None:
    text = "今年日均客流較2019年國慶七天假期日均客流上升20.9%，與去年七天假期日均相比亦增長2.2%。"
    lengths = [f for f in extract(text, date="2025-10-10") if f["kind"] == "duration"]
    assert lengths[-1]["period"] is None
