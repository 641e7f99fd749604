"""A month and day written with a slash (`9/21`) is a date where a date reads, never a share: Taiwan's and
Hong Kong's market notes date trades so (`價格飛漲至9/21的漲停板`, `9/1減資前`, `於9/21新股開始交易`), and
reading 9/21 as a fraction stored a share of 42.9 % no one stated (sealed17's public part labels each a date,
without value in an undated page).  A share stays a share (`全国1/9的经济总量`, `近3/4的脱贫人口`,
`提高至1/3`, `比重在2/3以上`).  Sentences written for the rules, in those registers."""

from __future__ import annotations

import pytest

from store.facts import extract

DAYS = [
    ("他持有的股票價格飛漲至9/21的漲停板30.2元。", "9/21"),
    ("該公司9/1減資前最後交易日收盤價11.3元。", "9/1"),
    ("經過13個工作天後,於9/21新股開始交易。", "9/21"),
    ("若是在9/1買進至9/21首日掛牌漲幅僅是7%而已。", "9/1"),
    ("若是在9/1買進至9/21首日掛牌漲幅僅是7%而已。", "9/21"),
    ("該股9/21收牌價40元,可以留意。", "9/21"),
    ("本週三(10/15)開盤後股價走高。", "10/15"),
]


@pytest.mark.parametrize(("text", "surface"), DAYS)
def test_a_slashed_month_and_day_is_a_date_never_a_share(text: str, surface: str) -> None:
    facts = [f for f in extract(text) if surface in f["surface"]]
    assert facts and all(f["kind"] == "date" for f in facts)
    assert not [f for f in extract(text) if f["kind"] == "percent" and "/" in f["surface"]]


def test_the_day_takes_the_latest_year_not_after_the_articles_date() -> None:
    facts = {f["surface"]: f["value"] for f in extract("若是在9/1買進至9/21首日掛牌漲幅僅是7%。", date="2025-10-03")}
    assert facts["9/1"] == "2025-09-01" and facts["9/21"] == "2025-09-21"
    later = {f["surface"]: f["value"] for f in extract("於12/28新股開始交易。", date="2026-01-05")}
    assert later["12/28"] == "2025-12-28"


SHARES = [
    ("大湾区以全国0.6%的国土面积创造了全国1/9的经济总量。", "1/9", 11.11),
    ("近3/4的脱贫人口与新型农业经营主体建立利益联结。", "3/4", 75),
    ("战略性新兴产业营收占比由1/5提高至1/3。", "1/3", 33.33),
    ("民生支出占比重在2/3以上。", "2/3", 66.67),
]


@pytest.mark.parametrize(("text", "surface", "value"), SHARES)
def test_a_share_written_with_a_slash_stays_a_percent(text: str, surface: str, value: float) -> None:
    facts = [f for f in extract(text) if surface in f["surface"]]
    assert facts and facts[0]["kind"] == "percent" and abs(float(facts[0]["value"]) - value) < 0.01


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("截止09年2Q帳上有現金21億元。", "09年2Q", "2009Q2"),
    ("公司24年Q3營收創新高。", "24年Q3", "2024Q3"),
])
def test_a_quarter_after_a_two_digit_year_is_that_quarter(text: str, surface: str, value: str) -> None:
    facts = [f for f in extract(text) if surface in f["surface"]]
    assert facts and facts[0]["kind"] == "date" and facts[0]["value"] == value
    assert not [f for f in extract(text) if f["kind"] == "duration"]


def test_a_year_written_with_a_zero_and_one_digit_is_that_year() -> None:
    facts = {f["surface"]: f for f in extract("博彩收益相当于○五年的百分之一百七十三点四,及相当于○六年的百分之一百四十五点八。")}
    assert facts["○五年"]["kind"] == "year" and facts["○五年"]["value"] == 2005
    assert facts["○六年"]["value"] == 2006
    assert [f["kind"] for f in extract("全年相当于一千零五年的水平。") if "年" in f["surface"]] != ["year"]
