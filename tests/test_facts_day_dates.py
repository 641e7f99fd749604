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


@pytest.mark.parametrize(("text", "surface"), [("中央銀行今（18）天舉行理監事會。", "今（18）天"),
                                             ("美元指数21日大幅下跌。", "21日"),
                                             ("主計總處今（11/28）公布最新經濟預測。", "今（11/28）")])
def test_without_the_article_date_a_lone_day_is_a_date_without_value(text: str, surface: str) -> None:
    # tests/gold/README.md, sealed7's call: in an undated page a day is a date with value null, not guessed
    assert dates(text, None) == {surface: None}


@pytest.mark.parametrize(("text", "date", "day"), [
    ("行政院主計總處今（11/28）公布最新經濟預測。", "2025-11-28", "2025-11-28"),
    ("美國總統川普週二（1/27）在愛荷華州被問及美元。", "2026-01-28", "2026-01-27"),
    ("黃金價格今日（1/28）首度站上5200美元。", "2026-01-28", "2026-01-28"),
    ("央行昨（12/30）公布外匯存底。", "2026-01-02", "2025-12-30"),
])
def test_a_month_and_day_in_brackets_after_a_day_word_is_that_date_not_a_share(text: str, date: str, day: str) -> None:
    facts = extract(text, date=date)
    assert [f["value"] for f in facts if f["kind"] == "date"] == [day]
    assert not [f for f in facts if f["kind"] == "percent"]


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


@pytest.mark.parametrize(("text", "date", "day"), [
    ("(中央社紐約26日綜合外電報導)受到利比亞油管爆炸影響,國際油價收高。", "2017-12-26", "2017-12-26"),
    ("新华社纽约21日电 国际油价21日下跌。", "2025-04-22", "2025-04-21"),
    ("新華社多倫多3日電 加拿大統計局3日公布。", "2025-04-04", "2025-04-03"),
])
def test_a_dateline_day_after_new_york_or_toronto_is_a_date(text: str, date: str, day: str) -> None:
    # 纽约 ends in 约 and 多伦多 in 多, words that make 约26日 and 多3日 spans of days
    assert day in dates(text, date).values()


def test_a_day_of_this_month_in_an_undated_page_is_a_date_without_value() -> None:
    facts = [f for f in extract("今次發行的債券於本月16日舉行網上路演後,於17日定價。") if "16日" in f["surface"]]
    assert facts and facts[0]["kind"] == "date" and facts[0]["value"] is None
