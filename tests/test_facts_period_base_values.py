"""A comparison base's own figure written right after it is of the base's period (store/facts/
period_base_values.py): `比去年同期四百○四亿升`, `较上年人民币1900百万元增加`, `高於上年之0.60%`,
`較上季經濟成長率 -2.8%`, `低于10月份的终值53.6`; a difference after a base stays the sentence's."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str | None) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    ("澳门今年一至九月整体博彩收益达500亿元,比去年同期404亿元升百分之四十五点八。", "2007-10-20", "404亿元", "2006-01/2006-09"),
    ("截至2023年12月31日止年度,本集团的收入为人民币2138百万元,较上年人民币1900百万元增加12.5%。", None, "1900百万元", "2022"),
    ("本集团的毛利率为20.4%,与上年20.6%基本持平。", "2024-03-20", "20.6%", "2023"),
    ("行政院主計處預測本年CPI年增率將升為1.43%,高於上年之0.60%。", "2007-03-29", "0.60%", "2006"),
    ("美國 2020 年第 4 季經濟成長率為 -2.5%,較上季經濟成長率 -2.8% 減幅縮小 0.3%。", None, "-2.8%", "2020Q3"),
    ("美国11月份消费者信心指数初值降至50.3，低于10月份的终值53.6。", "2025-11-08", "53.6", "2025-10"),
])
def test_a_bases_own_figure_is_of_the_bases_period(text: str, date: str | None, surface: str, period: str) -> None:
    assert periods(text, date)[surface] == period


@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    ("9月份,中国制造业采购经理指数(PMI)为49.6%,低于上月0.5个百分点。", "2021-09-30", "0.5个百分点", "2021-09"),
    ("2018年末中國大陸總人口139538萬人，比上年末增加530萬人。", "2019-01-21", "530萬人", "2018-12-31"),
    ("美國 2020 年第 4 季經濟成長率為 -2.5%,較上季經濟成長率 -2.8% 減幅縮小 0.3%。", None, "0.3%", "2020Q4"),
])
def test_a_change_after_a_base_keeps_the_sentences_period(text: str, date: str | None, surface: str, period: str) -> None:
    assert periods(text, date)[surface] == period
