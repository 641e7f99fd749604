"""Figures under a plan's end (`“十一五”期末,全区完成生产总值249.1亿元`) get no period: the plan is a label
there, and its five years (2006/2010) would date a level at its end wrongly (tests/gold/README.md, sealed10's
call); a plan's whole span (`“十四五”期间`) stays 2021/2025, and a plan's end after 比/是…的 is a base."""

from __future__ import annotations

import pytest

from store.facts import extract


def _fact(text: str, surface: str) -> dict:
    return next(f for f in extract(text, date="2021-03-01") if f["surface"].endswith(surface))


@pytest.mark.parametrize("text, surface", [
    ("“十一五”期末,全区完成生产总值249.1亿元,是“十五”期末的1.9倍。", "249.1亿元"),
    ("“十一五〞期末,全区完成生产总值249.1亿元,是“十五〞期末的1.9倍。", "1.9倍"),
    ("“十三五”期末，全市地区生产总值达到5000亿元，比“十二五”期末增长40%。", "5000亿元"),
    ("“十三五”期末，全市地区生产总值达到5000亿元，比“十二五”期末增长40%。", "40%"),
    ("到“十四五”期末，全市新能源汽车保有量达到100万辆。", "100万辆"),
    ("十二五末期，全省森林覆盖率达到60%。", "60%"),
])
def test_figures_under_a_plans_end_have_no_period(text: str, surface: str) -> None:
    assert _fact(text, surface)["period"] is None


def test_a_plans_whole_span_stays() -> None:
    assert _fact("“十四五”期间，全市将新增就业50万人。", "50万人")["period"] == "2021/2025"
