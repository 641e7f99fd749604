"""Forecasts and their revisions (tests/gold/README.md, sealed7): a growth forecast revised
`由8月覆檢時的2%至3%向上修訂至3.2%` is of the year the sentence names (2025), the month of the review is
when it was made; `原本第4季預測值為1.8%` told in November 2017 is of the quarter ahead (2017Q4), not
of last year's fourth quarter."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "surfaces", "want"), [
    ("將今年全年實質本地生產總值增長預測，由8月覆檢時的2%至3%向上修訂至3.2%。", "2025-11-14", ("2%至3%", "3.2%"), "2025"),
    ("将今年全年经济增长预测，由8月覆检时的2%至3%上调至3.2%。", "2025-11-14", ("2%至3%", "3.2%"), "2025"),
    ("政府把今年全年通脹預測由5月評估時的2.1%下調至1.7%。", "2024-08-16", ("2.1%", "1.7%"), "2024"),
])
def test_the_month_of_a_review_is_not_the_forecasts_period(text: str, date: str, surfaces: tuple[str, ...], want: str) -> None:
    got = periods(text, date)
    assert [got[s] for s in surfaces] == [want] * len(surfaces)


@pytest.mark.parametrize(("text", "date", "surface", "want"), [
    ("若以前3季已知國民所得統計,加上原本第4季預測值為1.8%,全年經濟成長率將會上修。", "2017-11-28", "1.8%", "2017Q4"),
    ("第四季预测值为2.1%。", "2017-11-28", "2.1%", "2017Q4"),
    ("主計總處預估第1季預測值為2.5%。", "2018-02-10", "2.5%", "2018Q1"),
])
def test_a_quarters_forecast_value_is_of_the_quarter_ahead(text: str, date: str, surface: str, want: str) -> None:
    assert periods(text, date)[surface] == want


def test_when_a_forecast_was_made_stays_no_period() -> None:
    assert periods("去年秋季预测的1.3%。", "2018-02-10")["1.3%"] is None
