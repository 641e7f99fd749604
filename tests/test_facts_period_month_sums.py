"""Months told together (issue 10, sealed8's period misses): `2019年一月與二月合計的零售業總銷貨價值…下跌1.6%`
is January and February (2019-01/2019-02), not January (the 與 of a sum is no comparison base's 与…相比);
`1--—6月平均` (a run of dashes typed as one) is January to June; a month `上月公布的` is when a figure was
released, not its period (`由上月公布的1.6%再跌至1.5%`: neither is last month's, and the text names no month)."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date) if f["kind"] not in ("date", "year")}


@pytest.mark.parametrize(("text", "date", "surface", "expected"), [
    ("2019年一月與二月合計的零售業總銷貨價值的修訂估計較2018年同期下跌1.6%。", "2019-04-02", "1.6%", "2019-01/2019-02"),
    ("今年1月与2月合计，全市社会消费品零售总额增长5.2%。", "2024-03-20", "5.2%", "2024-01/2024-02"),
    ("2023年一月與二月合計的零售業總銷貨數量上升24.9%。", "2023-03-31", "24.9%", "2023-01/2023-02"),
    ("1--—6月平均,全國居民消費價格比上年同期上漲1.7%。", "2022-07-09", "1.7%", "2022-01/2022-06"),
    ("1—-5月，全市规模以上工业增加值增长6.1%。", "2024-06-20", "6.1%", "2024-01/2024-05"),
])
def test_months_told_together(text: str, date: str, surface: str, expected: str) -> None:
    assert periods(text, date)[surface] == expected


def test_a_month_compared_with_stays_a_base() -> None:
    got = periods("1月与2月相比，销量增长3%。", "2024-03-20")
    assert got["3%"] != "2024-01/2024-02"


@pytest.mark.parametrize(("text", "date"), [
    ("就业不足率也由上月公布的1.6%再跌至1.5%。", "2023-01-18"),
    ("统计局上月发布的报告显示，失业率为5.2%。", "2023-01-18"),
])
def test_a_release_month_dates_no_figure(text: str, date: str) -> None:
    assert set(periods(text, date).values()) == {None}


@pytest.mark.parametrize(("text", "date", "surface", "expected"), [
    ("二零二三年十二月至二零二四年二月經季節性調整的失業率為2.9%。", "2024-03-18", "2.9%", "2023-12/2024-02"),
    ("二〇二四年十一月至二〇二五年一月的失業率為3.1%。", "2025-02-18", "3.1%", "2024-11/2025-01"),
])
def test_a_window_across_the_new_year_in_chinese_numerals(text: str, date: str, surface: str, expected: str) -> None:
    assert periods(text, date)[surface] == expected
