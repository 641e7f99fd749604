"""Holidays told by one of their days or by their length (store/facts/period_holiday_parts.py;
tests/gold/README.md, sealed9's calls: `第二天` of the Dragon Boat holiday is 2025-06-01, the same words in
a base last year's day; a holiday's length is a duration over its days). The first N days are those days once
they have passed (sealed12 and sealed13; main's one such sentence is a recorded label conflict)."""

from __future__ import annotations

import pytest

from store.facts import extract


def facts(text: str, date: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "surface", "day"), [
    ("端午假期第二天，预计全社会跨区域人员流动量超2.1亿人次，比去年端午假期第二天增长6.2%。", "2025-06-01", "超2.1亿人次", "2025-06-01"),
    ("端午假期第二天，预计全社会跨区域人员流动量超2.1亿人次，比去年端午假期第二天增长6.2%。", "2025-06-01", "6.2%", "2025-06-01"),
    ("“五一”假期第一天，预计全社会跨区域人员流动量超3.4亿人次，比去年“五一”假期首日增长8.0%。", "2025-05-01", "8.0%", "2025-05-01"),
    ("清明假期首日，黄山各景区共接待游客23.31万人次，同比增长54.04%。", "2025-04-05", "23.31万人次", "2025-04-04"),
    ("春节假期第六天，全社会跨区域人员流动量预计超3.52亿人次，环比增长3.7%。", "2026-02-20", "超3.52亿人次", "2026-02-20"),
    ("元旦小长假首日，全国铁路预计发送旅客550万人次。", "2022-12-31", "550万人次", "2022-12-31"),
])
def test_a_day_of_the_holiday_is_that_day(text: str, date: str, surface: str, day: str) -> None:
    assert facts(text, date)[surface]["period"] == day


def test_a_day_of_the_holiday_not_yet_come_gives_none() -> None:
    assert facts("端午假期第三天，预计全社会跨区域人员流动量2亿人次。", "2025-06-01")["2亿人次"]["period"] is None


@pytest.mark.parametrize(("text", "date", "surface", "window"), [
    ("端午假期前两天，商务部重点监测的78个步行街及商圈客流量同比增长4.0%。", "2026-06-21", "4.0%", "2026-06-19/2026-06-20"),
    ("电商平台数据显示，“五一”期间，有超400个家电家居品牌参与以旧换新，假期前三天，以旧换新订单量提升超100%。",
     "2024-05-04", "超100%", "2024-05-01/2024-05-03"),
    # the holiday unnamed in the sentence: the one the article's date falls in
    ("这个商业综合体有54个新品牌赶在节前焕新营业，假期前六天，商场客流量突破60万人次，同比增长17%。", "2025-10-07",
     "60万人次", "2025-10-01/2025-10-06"),
])
def test_the_first_days_are_those_days(text: str, date: str, surface: str, window: str) -> None:
    assert facts(text, date)[surface]["period"] == window


def test_the_first_days_not_yet_passed_keep_no_period() -> None:
    got = facts("端午假期前两天，重点商圈客流量同比增长4.0%。", "2026-06-19")
    assert got["4.0%"]["period"] is None


@pytest.mark.parametrize(("text", "date", "surface", "window"), [
    ("今年春节，9天假期不仅让人们有了更充裕的时间阖家团圆。", "2026-02-21", "9天", "2026-02-15/2026-02-23"),
    ("9天的春节假期让许多家庭实现“一程多站”的深度线路游。", "2026-02-21", "9天", "2026-02-15/2026-02-23"),
    ("为期三天的中秋假期今天（9月17日）结束。", "2024-09-17", "三天", "2024-09-15/2024-09-17"),
])
def test_a_holidays_length_beside_it_is_over_its_days(text: str, date: str, surface: str, window: str) -> None:
    assert facts(text, date)[surface]["period"] == window


def test_a_length_that_is_not_the_holidays_takes_none() -> None:
    assert facts("今年春节，5天假期让人们有了更充裕的时间。", "2026-02-21")["5天"]["period"] is None
