"""Periods of whole bulk articles (round 54; sentences written for the tests, in the shapes of 60 whole CCTV, People's
Daily and portal articles no gold file references, read fact by fact in order, and of sealed43's bulk misses —
tests/gold/README.md, "Periods of whole bulk articles (per54)").

- **An area told under its sentence's year** (`今年，…推广小麦新品种6个，面积近1.2万亩，预计增产近10%`, `2014年，全市茶园总面积
  已达98万亩`, `今年，…预计冬油菜面积1.1亿亩以上`): the area planted, irrigated or held in the year, quarter, month or window
  the sentence names before it, and the change told of it; an area told on a day stays the thing's size, and so does one
  a work will have once done (`预计明年4月全面完工，防洪面积将达18万亩`), a design's, a share of the whole year's
  (`春播粮食面积占全年一半以上`), a length and a size describing its noun (`总面积210万亩的林带`).
- **A holiday named by the story's word or its zodiac year** (`这个春节，平均每天有30列中欧班列开出`, `龙年春节，…以每天8列的
  频次`, `这个国庆，…`): the holiday's days, as `今年春节，` already was; `马年春节` told before it has begun dates nothing.
- **The Spring Festival travel season** (`这个春运，每天平均有900多架次航班起降`, `春运期间…`, `今年春运，…`): its forty days,
  from the fifteenth day before 正月初一 to the twenty-fourth after (2024-01-26/2024-03-05); tickets for it sold so far
  (`已累计发售春运期间车票2.14亿张`), a base and a season not begun are left alone.
- **Who attended an event the sentence dates** (`在昨晚（11月5日）举行的…分论坛上，来自近60个国家和地区的200多名代表参会`):
  that day, not the report's.
- **A run of days from its first day** (`从5月31日开始，河南连续6天日均收割小麦超千万亩`): the days from the start on, for
  the run and the figures told in it, as `从4月份起连续3个月` already was for months; a stock told `截至目前` after it keeps none.
- **Last year passed** (`贸易额达158.8亿元，已超去年全年规模，同比增长25.7%`): a yardstick, as `好于上年` is; the growth is the
  sentence's own months.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _period(text: str, surface: str, date: str | None) -> str | None:
    got = [f for f in extract(text, date=date) if f["surface"] == surface]
    assert len(got) == 1, (surface, [f["surface"] for f in extract(text, date=date)])
    return got[0]["period"]


@pytest.mark.parametrize(("text", "surface", "date", "period"), [
    ("今年，当地推广自育玉米新品种5个，面积近2.3万亩，预计增产近8%。", "近2.3万亩", "2025-05-10", "2025"),
    ("今年，当地推广自育玉米新品种5个，面积近2.3万亩，预计增产近8%。", "近8%", "2025-05-10", "2025"),
    ("2019年，全县茶园总面积已达46万亩，其中采摘面积31.2万亩。", "31.2万亩", "2020-02-01", "2019"),
    ("今年，省财政安排项目资金12亿元，支持大豆生产，预计大豆面积2100万亩以上。", "2100万亩以上", "2025-04-20", "2025"),
    ("今年一季度，全省新增造林面积86万亩。", "86万亩", "2025-04-20", "2025Q1"),
    # guards: a day, a work once done, a design, a share of the whole year, a length, a size describing its noun
    ("今天（3月5日），新馆正式开馆，展馆面积3万平方米。", "3万平方米", "2025-03-05", None),
    ("堤防全长近40公里，预计明年5月全面完工，防洪面积将达22万亩。", "22万亩", "2024-12-06", None),
    ("该灌区是今年开工的重点项目，设计灌溉面积48万亩。", "48万亩", "2025-11-26", None),
    ("春播粮食面积占全年一半以上。", "一半以上", "2025-02-18", None),
    ("浙江中稻插秧面积已超180万亩，丽水的千亩梯田今年夏种用上了轻轨，3000多米长的运输轨道将梯田串联起来。", "3000多米",
     "2025-06-04", None),
    ("今年5月，一条总面积150万亩的防护林带完成合龙。", "150万亩", "2025-06-10", None),
])
def test_an_area_told_under_its_sentences_year(text: str, surface: str, date: str, period: str | None) -> None:
    assert _period(text, surface, date) == period


@pytest.mark.parametrize(("text", "surface", "date", "period"), [
    ("这个春节，平均每天有40列中欧班列从中国开往欧洲。", "40列", "2024-02-14", "2024-02-10/2024-02-17"),
    ("龙年春节，“渝新欧”以每天6列的频次运送货物。", "6列", "2024-02-14", "2024-02-10/2024-02-17"),
    ("蛇年春节，全国国内出游人次达5亿。", "5亿", "2025-02-05", "2025-01-28/2025-02-04"),
    ("这个国庆，全国接待游客7亿人次。", "7亿人次", "2024-10-08", "2024-10-01/2024-10-07"),
    # not begun by the article's date: none
    ("马年春节，预计全国出游人次将达6亿。", "6亿", "2025-12-25", None),
    ("这个春节，预计全国出游人次将达6亿。", "6亿", "2025-01-20", None),
])
def test_a_holiday_named_by_the_storys_word_or_its_zodiac_year(text: str, surface: str, date: str,
                                                                period: str | None) -> None:
    assert _period(text, surface, date) == period


@pytest.mark.parametrize(("text", "surface", "date", "period"), [
    ("上海虹桥国际机场，这个春运，每天平均有800多架次航班起降。", "800多架次", "2024-02-20", "2024-01-26/2024-03-05"),
    ("数据显示，春运期间全社会跨区域人员流动量达88.6亿人次。", "88.6亿人次", "2025-02-23", "2025-01-14/2025-02-22"),
    ("今年春运，全国铁路发送旅客5.1亿人次。", "5.1亿人次", "2026-03-14", "2026-02-02/2026-03-13"),
    # tickets for it sold so far, a base, a season not begun
    ("铁路12306已累计发售春运期间车票1.9亿张。", "1.9亿张", "2025-01-20", None),
    ("春运期间，预计全国发送旅客90亿人次。", "90亿人次", "2024-01-06", None),
])
def test_the_spring_festival_travel_season(text: str, surface: str, date: str, period: str | None) -> None:
    assert _period(text, surface, date) == period


def test_who_attended_an_event_the_sentence_dates() -> None:
    text = "在昨晚（11月5日）举行的“开放合作新机遇”分论坛上，来自近50个国家和地区的300多名中外代表线上线下参会。"
    assert _period(text, "300多名", "2022-11-06") == "2022-11-05"
    assert _period(text, "近50个", "2022-11-06") == "2022-11-05"
    assert _period("在今天（11月6日）举行的分论坛上，300多名中外代表参会。", "300多名", "2022-11-06") == "2022-11-06"


@pytest.mark.parametrize(("text", "surface", "date", "period"), [
    ("从6月2日开始，山东连续5天日均收割小麦超800万亩。", "5天", "2026-06-06", "2026-06-02/2026-06-06"),
    ("从6月2日开始，山东连续5天日均收割小麦超800万亩。", "超800万亩", "2026-06-06", "2026-06-02/2026-06-06"),
    ("从1月30日开始，连续4天全社会跨区域人员流动量单日超3亿人次。", "超3亿人次", "2025-02-03",
     "2025-01-30/2025-02-02"),
    # a stock told 截至目前 after it keeps none; the months' form stays as it was
    ("从6月2日开始，山东连续5天日均收割小麦超800万亩，截至目前，全省小麦收获超6000万亩。", "超6000万亩", "2026-06-06",
     None),
    ("自今年4月起，我国出口已连续3个月增长，累计增长12.5%。", "12.5%", "2026-07-05", "2026-04/2026-06"),
])
def test_a_run_of_days_from_its_first_day(text: str, surface: str, date: str, period: str | None) -> None:
    assert _period(text, surface, date) == period


def test_last_year_passed_is_a_yardstick() -> None:
    text = "今年前11个月，中老贸易持续向好，贸易额达260.5亿元，已超去年全年规模，同比增长21.3%。"
    assert _period(text, "21.3%", "2024-12-10") == "2024-01/2024-11"
    assert _period("今年前11个月，贸易额达260.5亿元，超过去年全年的240亿元。", "240亿元", "2024-12-10") == "2023"
