"""A horizon counted from a named year (issue 10, sealed8's period misses): `更為1979年以後46年來表現最好
的一年` told in 2025 gives the duration the years 1979/2025, and the start year is no period of the figures
after it (`；本港飾金價亦升近每両4.9萬元` was dated 1979, a wrong period where the text states none)."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date) if f["kind"] not in ("date", "year")}


@pytest.mark.parametrize(("text", "date", "surface", "expected"), [
    ("金價更為1979年以後46年來表現最好的一年。", "2025-12-23", "46年", "1979/2025"),
    ("该指标创下1986年以来37年来的新高。", "2023-11-28", "37年", "1986/2023"),
    ("这是2014年以后10年来最大的降幅。", "2024-05-10", "10年", "2014/2024"),
])
def test_the_years_from_a_named_start(text: str, date: str, surface: str, expected: str) -> None:
    assert periods(text, date)[surface] == expected


def test_the_start_year_dates_no_figure_after_it() -> None:
    got = periods("更為1979年以後46年來表現最好的一年；本港飾金價亦升近每両4.9萬元，逼近5萬大關。", "2025-12-23")
    assert "1979" not in set(got.values())


def test_a_count_that_misses_the_storys_year_gets_no_window() -> None:
    assert periods("这是1990年以后10年来最大的降幅。", "2024-05-10")["10年"] is None
