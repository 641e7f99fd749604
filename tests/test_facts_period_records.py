"""A record told after its figure (tests/gold/README.md, sealed7: `早盘最高达到53.93美元,这是2020年2月份以来
的新高` and `低于盘中高点57.42美元,这也是去年2月份以来的最高点` have no period): the month of the `这是…以来`
clause starts the record's horizon; it is not the figure's period, nor is the span since it."""

from __future__ import annotations

import pytest

from store.facts import extract


def period(text: str, date: str, surface: str) -> str | None:
    return next(f["period"] for f in extract(text, date=date) if f["surface"] == surface)


@pytest.mark.parametrize(("text", "date", "surface"), [
    ("早盘最高达到53.93美元,这是2020年2月份以来的新高。", "2021-01-14", "53.93美元"),
    ("报收56.06美元/桶,低于盘中高点57.42美元,这也是去年2月份以来的最高点。", "2021-01-14", "57.42美元"),
    ("金價盤中一度觸及2,100美元,這是2020年8月以來的最高點。", "2023-12-04", "2,100美元"),
    ("布伦特原油盘中跌至71.2美元,这是去年11月以来的新低。", "2023-09-08", "71.2美元"),
])
def test_the_start_of_a_records_horizon_is_not_the_figures_period(text: str, date: str, surface: str) -> None:
    assert period(text, date, surface) is None


def test_a_period_named_before_the_figure_stays() -> None:
    got = period("1月份，CPI同比上涨2.1%，这是2020年2月份以来的新高。", "2023-02-10", "2.1%")
    assert got == "2023-01"
