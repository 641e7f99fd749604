"""全年 in a forecast is this year's (store/facts/period_forms.py; tests/gold/README.md: 全年 in a
communiqué published early the next year is that previous year — a forecast told early in the
year, `将推升全年消费者物价指数`, `全年CPI年增率应会超过2%`, `预计全年增长5%`, is of the year ahead)."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str = "2024-03-21") -> dict[str, str | None]:
    return {f["surface"].removeprefix("超过").removesuffix("左右"): f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "figure"), [
    ("央行预估涨电价后,将推升全年消费者物价指数(CPI)影响0.12百分点。", "0.12百分点"),
    ("杨金龙日前在立院答询也坦言,全年CPI(消费者物价指数)年增率应会超过2%。", "2%"),
    ("主计总处预估全年经济成长率为3.43%。", "3.43%"),
    ("预计全年国内生产总值增长5%左右。", "5%"),
])
def test_a_forecast_of_the_whole_year_early_in_it_is_this_years(text: str, figure: str) -> None:
    assert periods(text)[figure] == "2024"


@pytest.mark.parametrize("text", [
    "全年国内生产总值1260582亿元，比上年增长5.2%。",
    "全年出生人口902万人，人口出生率为6.39‰。",
])
def test_the_whole_year_in_an_early_communique_is_last_years(text: str) -> None:
    got = periods(text, date="2024-02-29")
    assert set(p for s, p in got.items()) == {"2023"}
