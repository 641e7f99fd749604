"""Periods of company results (issue 10, the sealed3, sealed2 and blind samples' period misses):
`2023年度中期业绩` is the first half; a bracket opening with a period, `(2022年:8500万港元)`,
`(二零二三年:港幣 0.91 元)`, `(2023年12月31日:1﹒5倍)`, gives the figure in it that period — a
year in the part of the year the figure before it covers (2022H1 after an interim figure) — and
the figure before the bracket does not take it (no period when the text states none); a
`全年营业收入` reported in January to April is last year's, a target (力争全年…) this year's."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str | None) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)
            if f["kind"] not in ("date", "year", "duration")}


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("【财华社讯】某集团(01234.HK)公布2023年度中期业绩，录得股东应占亏损1.2亿港元(2022年:8500万港元)。", "2023-08-28",
     {"1.2亿港元": "2023H1", "8500万港元": "2022H1"}),
    ("某公司公布2024年中期报告，期内收入为5.6亿元(2023年:4.9亿元)。", "2024-08-20",
     {"5.6亿元": "2024H1", "4.9亿元": "2023H1"}),
    ("截至二零二四年六月三十日止六个月之收入下跌12.5%至3,210,000港元(二零二三年:3,668,000港元)。", None,
     {"12.5%": "2024H1", "3,210,000港元": "2024H1", "3,668,000港元": "2023H1"}),
])
def test_an_interim_and_its_bracketed_comparison_are_first_halves(text: str, date: str | None,
                                                                 expected: dict[str, str]) -> None:
    assert periods(text, date) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("每股基礎盈利為港幣 0.48 元 (二零二三年:港幣 0.91 元)。", {"0.48 元": None, "0.91 元": "2023"}),
    ("流動比率為1﹒2倍(2023年12月31日:1﹒5倍),資產負債比率為56%(2023年12月31日:61%)。",
     {"1﹒2倍": None, "1﹒5倍": "2023-12-31", "56%": None, "61%": "2023-12-31"}),
])
def test_a_bracket_dates_only_its_own_figure(text: str, expected: dict[str, str | None]) -> None:
    assert periods(text, None) == expected


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("报告显示,公司全年营业收入为12.6亿元,同比增长8.2%;归属净利润为1.1亿元。", "2025-04-25",
     {"12.6亿元": "2024", "8.2%": "2024", "1.1亿元": "2024"}),
    ("报告显示,公司全年营业收入为12.6亿元,同比增长8.2%。", "2025-03-28", {"12.6亿元": "2024", "8.2%": "2024"}),
])
def test_a_full_year_result_reported_by_april_is_last_years(text: str, date: str, expected: dict[str, str]) -> None:
    assert periods(text, date) == expected


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("公司力争全年营业收入达到15亿元。", "2025-04-25", {"15亿元": "2025"}),     # a target
    ("公司全年营业收入为12.6亿元。", "2025-08-28", {"12.6亿元": "2025"}),       # reported after April
])
def test_a_full_year_target_or_a_later_report_stays_this_years(text: str, date: str, expected: dict[str, str]) -> None:
    assert periods(text, date) == expected
