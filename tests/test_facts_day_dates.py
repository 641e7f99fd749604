"""A day of the month written alone is a date of the article's month (or the month before, when
the day is ahead of the article's): after an index or a share price (`美元指数21日大幅下跌`,
`股价20日报收于`; `据12日报道` stays unread, as tests/test_facts_period_event_classes.py says), and in brackets after a relative day or a weekday, as Taiwan's and Hong Kong's
press date news (`今（18）天`, `昨（7）日`, `周二（24 日）`)."""

from __future__ import annotations

import pytest

from store.facts import extract


def dates(text: str, date: str | None) -> dict[str, str]:
    return {f["surface"]: f["value"] for f in extract(text, date=date) if f["kind"] == "date"}


@pytest.mark.parametrize(("text", "date", "day"), [
    ("衡量美元对六种主要货币的美元指数21日大幅下跌。", "2025-04-22", "2025-04-21"),
    ("美国第一共和银行的股价20日报收于每股12.18美元。", "2023-03-21", "2023-03-20"),
    ("上证综指3日收于3200点。", "2024-07-04", "2024-07-03"),
    ("中央銀行今（18）天舉行第4季理監事會。", "2025-12-18", "2025-12-18"),
    ("中央銀行昨（7）日進行公債標售。", "2026-01-08", "2026-01-07"),
    ("交通運輸部周二（24 日）發布的數據顯示。", "2026-02-25", "2026-02-24"),
    ("主計總處前(30)日公布GDP。", "2025-06-02", "2025-05-30"),
])
def test_a_day_written_alone_is_a_date_of_the_article_month(text: str, date: str, day: str) -> None:
    assert day in dates(text, date).values()


@pytest.mark.parametrize("text", ["中央銀行今（18）天舉行理監事會。", "美元指数21日大幅下跌。"])
def test_without_the_article_date_a_lone_day_is_no_date(text: str) -> None:
    assert dates(text, None) == {}


@pytest.mark.parametrize("text", ["据人民日报报道，出口增长5%。", "据12日报道，新增岗位3000个。", "持续数日的降雨。",
                                  "近30日累计下跌5%。"])
def test_a_newspaper_or_a_span_of_days_is_no_day(text: str) -> None:
    assert dates(text, "2024-07-04") == {}


@pytest.mark.parametrize(("text", "day"), [
    ("本月20日起，新规正式实施。", "2024-01-20"),
    ("上月28日，央行宣布降准0.5个百分点。", "2023-12-28"),
    ("下月1日起执行新标准。", "2024-02-01"),
    ("上个月15号，价格上涨3%。", "2023-12-15"),
])
def test_a_day_of_a_relative_month_is_a_date(text: str, day: str) -> None:
    assert day in dates(text, "2024-01-20").values()
