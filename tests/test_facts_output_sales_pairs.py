"""产销量 names two volumes, 产量 and 销量: a 分别 list after it is the output's, then the sales'
(as 进出口 splits into 进口 and 出口). 产销 without 量 stays whole (the sealed4 call in the gold README).

Each case is written for this file (never copied from the corpus): the class of wording.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _subjects(text: str, date: str = "2025-11-11") -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date=date) if f["kind"] not in ("date", "year")}


@pytest.mark.parametrize(("text", "first", "second", "want"), [
    ("今年前三季度，我国汽车产销量分别完成2433.3万辆和2436.3万辆。", "2433.3万辆", "2436.3万辆",
     ("汽车产量", "汽车销量")),
    ("其中，新能源汽车产销量分别为1124.1万辆和1122.8万辆。", "1124.1万辆", "1122.8万辆",
     ("新能源汽车产量", "新能源汽车销量")),
    ("8月份，乘用车产销量分别完成212.6万辆和215.4万辆。", "212.6万辆", "215.4万辆",
     ("乘用车产量", "乘用车销量")),
    ("前10月，全國汽車產銷量分別為2769.2萬輛和2768.7萬輛。", "2769.2萬輛", "2768.7萬輛",
     ("全國汽車產量", "全國汽車銷量")),
])
def test_a_respective_list_after_output_and_sales_volume_splits_them(text, first, second, want):
    got = _subjects(text)
    assert (got[first], got[second]) == want


def test_the_growth_told_after_them_splits_the_same_way():
    got = _subjects("1-7月，新能源汽车产销量分别完成823.2万辆和822.0万辆，同比分别增长38.6%和38.5%。")
    assert (got["38.6%"], got["38.5%"]) == ("新能源汽车产量", "新能源汽车销量")


def test_a_figure_for_both_keeps_the_pair():
    got = _subjects("今年以来，汽车产销量分别完成2769.2万辆和2768.7万辆，同比增长均超过10%。")
    assert got["超过10%"] == "汽车产销量"


def test_output_and_sales_without_volume_stay_whole():
    got = _subjects("上半年，汽车产销分别完成1562.1万辆和1565.3万辆。")
    assert (got["1562.1万辆"], got["1565.3万辆"]) == ("汽车产销", "汽车产销")
