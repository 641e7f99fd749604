"""A month named without a year that is the month right after the article's is the one ahead, not the same month
eleven months back (tests/gold/README.md conventions: a month without a year is the latest one not after the
article's date, a date ahead the next one): `从11月起` told on 31 October is November of that year (sealed15), GfK's
`3月…先行指数` published in late February is that March (main), `将持续到3月底` in February that March's end.
A month two or more ahead, or the article's own, still reads as the latest one (12月 in a January story: December past)."""

from __future__ import annotations

import pytest

from store.facts import extract


def facts(text: str, date: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    ("多家银行今天（10月31日）宣布，从11月起，存量个人房贷利率的加点幅度偏离超过30基点时，借款人可与银行协商。",
     "2024-10-31", "超过30基点", "2024-11"),
    ("德国市场研究机构捷孚凯26日发布报告称，3月德国消费者信心先行指数较2月修正后的数据下降2.1点，达到负24.7点。",
     "2025-02-27", "负24.7点", "2025-03"),
    ("美国近日宣布从4月初开始对进口汽车征收25%关税。", "2025-03-29", "25%", "2025-04"),
])
def test_the_month_after_the_articles_is_the_one_ahead(text: str, date: str, surface: str, period: str) -> None:
    assert facts(text, date)[surface]["period"] == period


def test_a_day_in_the_month_after_is_ahead_too() -> None:
    assert facts("2025年“春风行动”将持续到3月底。", "2025-02-13")["3月底"]["value"] == "2025-03-31"


@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    ("12月份，全市社会消费品零售总额增长5.2%。", "2025-01-20", "5.2%", "2024-12"),   # the month just past
    ("5月份，全市社会消费品零售总额增长5.2%。", "2025-03-20", "5.2%", "2024-05"),    # two months ahead: the past one
    ("3月份，全市社会消费品零售总额增长5.2%。", "2025-03-20", "5.2%", "2025-03"),    # the article's own month
])
def test_other_months_are_the_latest_not_after_the_article(text: str, date: str, surface: str, period: str) -> None:
    assert facts(text, date)[surface]["period"] == period
