"""Period forms a fresh sample (sealed43) showed misread, each as its class (sentences written for the tests, in the
registers of the sample: mainland and Taiwan company results, Hong Kong interim results, weekly farm-price bulletins).

- **A year written without 年 before 全年 or a half:** `2021全年,比亚迪实现营收2161.42亿元` — the whole year (2021)
  dates the figures after it, as `2021年全年` does; `2024上半年` is the half (2024H1), a date as `2024年上半年` is.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _fact(text: str, surface: str, date: str | None) -> dict:
    return next(f for f in extract(text, date=date) if f["surface"] == surface)


# ----------------------------------------------------------------------------- a year written without 年

@pytest.mark.parametrize("date", [None, "2022-03-30"])
def test_a_year_without_nian_before_quan_nian_dates_the_figures(date: str | None) -> None:
    text = "2021全年,比亚迪实现营收2161.42亿元,同比增加38.02%;净利润30.45亿元,同比下滑28.08%。"
    for surface in ("2161.42亿元", "38.02%", "30.45亿元", "28.08%"):
        assert _fact(text, surface, date)["period"] == "2021"
    assert _fact(text, "2021", date)["kind"] == "year"


def test_a_year_without_nian_before_a_half_is_the_half() -> None:
    text = "2024上半年全国共开行旅游列车789列。"
    half = _fact(text, "2024上半年", "2024-07-10")
    assert (half["kind"], half["value"]) == ("date", "2024H1")
    assert _fact(text, "789列", "2024-07-10")["period"] == "2024H1"


def test_a_year_inside_a_longer_number_is_no_year() -> None:
    assert _fact("编号120215全年累计1.5万件。", "1.5万件", None)["period"] is None    # undated: 全年 of no known year
