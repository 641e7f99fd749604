"""Runs written with their verb and averages over a run or a span of years (store/facts/period_runs.py;
tests/gold/README.md, the sealed6 calls): `至9月份…连续增长12个月` ends at September, the `月均增速` after
it covers the run; `预计到2025年末…五年年均增长6%` covers the five years to 2025; `五年` in a sentence
naming a five-year plan (`“十五五”…未来五年`) is the plan's, but not the years before it (`过去五年`)."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    got = {f["surface"]: f["period"] for f in extract(text, date=date)}
    return got | {s.removesuffix("以上"): p for s, p in got.items()}


@pytest.mark.parametrize(("text", "date", "surface", "window"), [
    ("至9月份,能繁母猪存栏已经连续增长12个月,月均增速3.1%。", "2020-10-20", "12个月", "2019-10/2020-09"),
    ("至9月份,能繁母猪存栏已经连续增长12个月,月均增速3.1%。", "2020-10-20", "3.1%", "2019-10/2020-09"),
    ("至9月份,生猪存栏连续增长8个月,月均增速4.2%。", "2020-10-20", "4.2%", "2020-02/2020-09"),
    ("5月份，社会消费品零售总额連續下跌三個月，月均跌幅2.1%。", "2022-06-15", "三個月", "2022-03/2022-05"),
    ("10月份，全国出口连续回落4个月。", "2023-11-07", "4个月", "2023-07/2023-10"),
])
def test_a_run_with_its_verb_ends_at_the_sentences_month(text: str, date: str, surface: str, window: str) -> None:
    assert periods(text, date)[surface] == window


@pytest.mark.parametrize(("text", "surface", "window"), [
    ("预计到 2025 年末,全区地区生产总值将突破百亿元大关,五年年均增长达到 6%以上。", "6%", "2021/2025"),
    ("预计到 2025 年末,全区地区生产总值将突破百亿元大关,五年年均增长达到 6%以上。", "五年", "2021/2025"),
    ("2025年，全市规上工业增加值达到1200亿元，五年年平均增长7.5%。", "7.5%", "2021/2025"),
])
def test_an_average_over_years_ends_at_the_sentences_year(text: str, surface: str, window: str) -> None:
    assert periods(text, "2021-06-01" if "预计" in text else "2026-01-20")[surface] == window


@pytest.mark.parametrize(("text", "date", "window"), [
    ("做好“十五五”规划编制工作,事关我区未来五年的发展方向、发展路径和发展成效。", "2025-10-01", "2026/2030"),
    ("“十四五”时期,是我区发展历程中极不平凡、极具挑战、也极富成效的五年。", "2025-12-01", "2021/2025"),
    ("「十五五」規劃將引領國家未來五年的發展。", "2025-10-24", "2026/2030"),
])
def test_five_years_in_a_plans_sentence_are_the_plans(text: str, date: str, window: str) -> None:
    assert periods(text, date)["五年"] == window


def test_the_years_before_a_plan_are_not_the_plan() -> None:
    got = periods("过去五年，全区经济年均增长5%，“十五五”时期要实现新突破。", "2025-10-01")
    assert got["五年"] is None


def test_the_years_ahead_are_not_a_plan_under_way() -> None:
    got = periods("“十四五”时期成就显著，为未来五年中国发展擘画蓝图。", "2025-10-23")
    assert got["五年"] is None


def test_a_year_range_before_an_average_is_no_count_of_years() -> None:
    assert periods("2021-2025年年均投入超3900亿元。", "2025-11-29")["超3900亿元"] == "2021/2025"
    assert periods("2020—2023年年均增速为6.9%。", "2025-07-22")["6.9%"] == "2020/2023"


def test_a_run_that_ended_before_a_turn_ends_just_before_it() -> None:
    """The months before the turn's month (sealed19, sealed21 and sealed23 label such runs so; period_runs)."""
    got = periods("6月份，全国居民消费价格指数（CPI）同比上涨0.1%，为连续下降4个月后转涨。", "2025-07-09")
    assert got["4个月"] == "2025-02/2025-05"
