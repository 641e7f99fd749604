"""Holidays compared with an earlier year's, and this year's holiday told just before it (tests/gold/README.md,
sealed4 and sealed7): `78个步行街…较去年春节假期分别增长6.7%和7.5%` on 2026-02-25 is the 2026 Spring Festival
holiday (2026-02-15/2026-02-23), the base keeping its words; `今年清明假期…日均出入境人员将达178万人次` told on
2024-04-02 is 2024-04-04/2024-04-06.  A holiday not yet over and not named as this year's stays unsure."""

from __future__ import annotations

import pytest

from store.facts import extract


def facts(text: str, date: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "surfaces", "window"), [
    ("商务部重点监测的78个步行街（商圈）客流量、营业额较去年春节假期分别增长6.7%和7.5%。", "2026-02-25",
     ("78个", "6.7%", "7.5%"), "2026-02-15/2026-02-23"),
    ("重点平台租车出行订单量較去年春節假期增長51%。", "2026-02-25", ("51%",), "2026-02-15/2026-02-23"),
    ("全国重点零售和餐饮企业日均销售额较2025年春节假期增长5.7%。", "2026-03-01", ("5.7%",), "2026-02-15/2026-02-23"),
    ("银联、网联共处理支付交易140.5亿笔，较去年端午假期分别增长13%。", "2025-06-03", ("140.5亿笔", "13%"), "2025-05-31/2025-06-02"),
])
def test_a_sentence_measured_against_last_years_holiday_is_this_years(text: str, date: str,
                                                                        surfaces: tuple[str, ...], window: str) -> None:
    got = facts(text, date)
    assert [got[s]["period"] for s in surfaces] == [window] * len(surfaces)


@pytest.mark.parametrize(("text", "date", "surface"), [
    # the holiday not over by the article's day
    ("预计春节假期全国零售额较去年春节假期增长5%。", "2026-02-10", "5%"),
    # a part of the holiday: this year's first day, not the whole holiday
    ("比去年端午假期首日增长10.2%。", "2025-05-31", "10.2%"),
])
def test_no_holiday_window_when_the_comparison_does_not_fix_it(text: str, date: str, surface: str) -> None:
    assert "/" not in (facts(text, date)[surface]["period"] or "")


@pytest.mark.parametrize(("text", "date", "surface", "window"), [
    ("据国家移民管理局预测，今年清明假期全国口岸日均出入境人员将达178万人次，较去年同期增长74.5%。", "2024-04-02",
     "178万人次", "2024-04-04/2024-04-06"),
    ("預計今年端午假期全社會跨區域人員流動量將達6.5億人次。", "2025-05-28", "6.5億人次", "2025-05-31/2025-06-02"),
])
def test_this_years_holiday_told_days_before_it_is_the_holiday(text: str, date: str, surface: str, window: str) -> None:
    assert facts(text, date)[surface]["period"] == window


def test_a_holiday_ahead_not_named_as_this_years_stays_none() -> None:
    assert facts("交通运输部预计，清明假期全社会跨区域人员流动量将达7.5亿人次。", "2025-04-03")["7.5亿人次"]["period"] is None
