"""Days and weeks as periods (tests/gold/README.md, sealed3): a span of days written with spaces
and across the new year (`12 月 29 日 - 1 月 4 日…发行 260.00 亿元` → 2025-12-29/2026-01-04), a
balance at a day written with spaces (`截至 1 月 4 日…披露 20000.00 亿元` → 2026-01-04), a
market's trading week (`本周…累计下跌29%` in a Saturday's report → Monday to Friday) and the
trading day before the one named (`周五收高，此前一个交易日下跌1.7%` → the Thursday)."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    ("12 月 22 日 - 12 月 28 日 地方债共发行 1850.50 亿元", "2025-12-29", "1850.50 亿元", "2025-12-22/2025-12-28"),
    ("12 月 30 日 - 1 月 5 日 同业存单共发行 5320.00 亿元", "2025-01-06", "5320.00 亿元", "2024-12-30/2025-01-05"),
    ("3 月 1 日至 3 月 7 日，全国铁路发送旅客 9800 万人次。", "2025-03-08", "9800 万人次", "2025-03-01/2025-03-07"),
    ("截至 6 月 30 日，专项债累计披露 25000.00 亿元", "2025-07-01", "25000.00 亿元", "2025-06-30"),
    ("5 月 20 日，该市发放消费券 3000 万元。", "2025-05-21", "3000 万元", "2025-05-20"),
    # clock times at the ends of a span of days: still the days
    ("从10月1日零时至10月8日24时，高速公路充电次数共计516.9万次。", "2025-10-09", "516.9万次", "2025-10-01/2025-10-08"),
    ("5月1日0时至5日24时，全省高速公路车流量达2100万辆。", "2025-05-06", "2100万辆", "2025-05-01/2025-05-05"),
])
def test_days_written_with_spaces_are_days(text: str, date: str, surface: str, period: str) -> None:
    assert periods(text, date)[surface] == period


@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    ("本周国际金价累计上涨2.6%，创下两个月来最大单周涨幅。", "2025-04-12", "2.6%", "2025-04-07/2025-04-11"),
    ("本周布伦特原油期货累计下跌4.1%。", "2025-04-09", "4.1%", "2025-04-07/2025-04-09"),    # a Wednesday: so far
    ("纽约金价周四收涨0.6%，此前一个交易日下跌1.1%。", "2025-04-11", "1.1%", "2025-04-09"),
    ("国际油价周一收跌2%，前一交易日上涨0.5%。", "2025-04-15", "0.5%", "2025-04-11"),       # Monday: the Friday
])
def test_a_trading_week_and_the_trading_day_before(text: str, date: str, surface: str, period: str) -> None:
    assert periods(text, date)[surface] == period


@pytest.mark.parametrize(("text", "date", "surface"), [
    ("本周，全市新增就业岗位1200个。", "2025-04-12", "1200个"),                # not a market: no trading week
    ("上周美国商业原油库存减少210万桶。", "2025-04-10", "210万桶"),            # a weekly report's own week
    ("环渤海动力煤价格报收于690元/吨，较上周下跌10元/吨。", "2025-04-10", "10元/吨"),   # a base
])
def test_weeks_that_are_no_trading_week_get_none(text: str, date: str, surface: str) -> None:
    assert periods(text, date)[surface] is None


def test_the_trading_day_compared_with_is_a_base_not_a_period() -> None:
    got = periods("今日人民币对美元汇率中间价报7.1020，较前一交易日调升30个基点。", "2025-04-10")
    assert got["30个基点"] == "2025-04-10"


@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    # from 1 January to the last day the sentence named (the data's day, not the article's)
    ("截至6月11日收盘，券商指数年初至今下跌17.5%。", "2026-06-12", "17.5%", "2026-01-01/2026-06-11"),
    ("6月1日至6月12日，沪铜上涨2.1%，年初至今累计上涨9.4%。", "2025-06-13", "9.4%", "2025-01-01/2025-06-12"),
    # no day named: January to the article's month, as 今年以来
    ("该指数年初至今累计上涨8%。", "2023-05-13", "8%", "2023-01/2023-05"),
])
def test_the_year_so_far_ends_at_the_day_named(text: str, date: str, surface: str, period: str) -> None:
    assert periods(text, date)[surface] == period


def test_the_start_of_a_year_alone_is_still_its_january() -> None:
    assert periods("年初，该市推出消费券5000万元。", "2025-05-13")["5000万元"] == "2025-01"
