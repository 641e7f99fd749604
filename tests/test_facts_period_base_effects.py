"""A year that explains a base effect names no year for what follows (tests/gold/README.md, sealed7:
`加以去年颱風干擾及中秋連假基期偏低影響,第3季按美元計價商品出口擴增17.52%` told on 2017-10-31 → 2017Q3): the
quarter is resolved from the article's date as if the year were not written; a year that dates what follows
(`去年第3季`) still does."""

from __future__ import annotations

import pytest

from store.facts import extract


def period(text: str, date: str, surface: str) -> str | None:
    return next(f["period"] for f in extract(text, date=date) if f["surface"] == surface)


@pytest.mark.parametrize(("text", "date", "surface", "want"), [
    ("加以去年颱風干擾及中秋連假基期偏低影響,第3季按美元計價商品出口擴增17.52%,其中,電子零組件續增14.99%。",
     "2017-10-31", "17.52%", "2017Q3"),
    ("加以去年颱風干擾及中秋連假基期偏低影響,第3季按美元計價商品出口擴增17.52%,其中,電子零組件續增14.99%。",
     "2017-10-31", "14.99%", "2017Q3"),
    ("受去年疫情干扰基期偏低影响，第1季出口增长20%。", "2021-05-01", "20%", "2021Q1"),
    ("由于上年基数较高，第二季度销售额下降3.2%。", "2024-08-01", "3.2%", "2024Q2"),
])
def test_a_base_effects_year_does_not_date_the_quarter(text: str, date: str, surface: str, want: str) -> None:
    assert period(text, date, surface) == want


def test_a_year_that_dates_the_quarter_still_does() -> None:
    assert period("去年第3季出口增长8%。", "2017-10-31", "8%") == "2016Q3"
