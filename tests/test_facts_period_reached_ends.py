"""A change from one dated level to another (`从2020年的4.3万辆飙升至2024年的95.3万辆`): each level keeps its year,
and the figures the sentence states after the level reached are of that later period — the growth over the span,
the total beside it, its rank (the seed page, sealed10 and sealed19 label them so; store/facts/periods.py
`_reached_end`).  A later change from a start of its own is parallel to the first and takes its ends."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


def test_the_figures_after_the_level_reached_are_of_its_year() -> None:
    got = periods("重庆新能源汽车产量从2020年的4.3万辆飙升至2024年的95.3万辆,四年增长22.2倍;"
                  "全市汽车总产量同步跃升至254万辆,稳居全国第三。", "2025-11-25")
    assert (got["4.3万辆"], got["95.3万辆"]) == ("2020", "2024")
    assert (got["22.2倍"], got["254万辆"], got["全国第三"]) == ("2024", "2024", "2024")


@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    ("区域外贸总值由2014年的3.74万亿元增至2023年的5.03万亿元，增长34.4%。", "2024-02-26", "34.4%", "2023"),
    ("全省生产总值由2000年的2003亿元增加到2005年的4070亿元,按可比价格计算,年均增长11.6%。", "2006-02-08", "11.6%", "2005"),
])
def test_the_growth_over_a_dated_change_is_of_its_end(text: str, date: str, surface: str, period: str) -> None:
    assert periods(text, date)[surface] == period


def test_the_start_alone_dates_nothing_after_its_figure() -> None:
    got = periods("该市人口从2020年的310万人,增长了12%。", "2025-03-01")
    assert got["310万人"] == "2020"
    assert got["12%"] != "2020"
