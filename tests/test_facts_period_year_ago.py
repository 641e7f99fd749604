"""`一年前` is the year before the article's (tests/gold/README.md, sealed4: `可一年前…上涨了30%` in
December 2022 has 2021 as period); `十一年前` and `近一年前` are not."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str = "2022-12-20") -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize("text", [
    "可一年前，生产化学制品的某些原材料价格上涨了30%。",
    "一年前，该市的失业率为30%。",
    "一年以前，原材料价格上涨了30%。",
])
def test_a_year_ago_is_last_year(text: str) -> None:
    assert periods(text)["30%"] == "2021"


def test_eleven_years_ago_is_not_last_year() -> None:
    assert periods("十一年前，该市的失业率为30%。")["30%"] != "2021"
