"""`年初以来`, `自年初以来` told without a month in their sentence run from January to the article's month, as `今年以来`
and `年初至今` do, and from the year named with it (`自2020年初以来` → 2020-01 on) (tests/gold/README.md "## Conventions",
period: a window before now; sealed25 labels `年初以來…` told with a month so). The month gate of the windows pass
skipped them, and the figures took January alone (of the article's year, whatever year was named). Each sentence is
written for the test.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _periods(text: str, date: str | None = "2025-11-20") -> dict[str, str | None]:
    return {f["surface"]: f.get("period") for f in extract(text, date=date) if f["kind"] not in ("date", "year")}


@pytest.mark.parametrize(("text", "surface"), [
    ("年初以来，全市新增经营主体12.3万户。", "12.3万户"),
    ("自年初以来，人民币对美元累计升值2.1%。", "2.1%"),
    ("年初以來，恒生指數累計上升28%。", "28%"),
    ("今年年初以来，全省累计发放消费券5亿元。", "5亿元"),
])
def test_since_the_year_start_runs_to_the_articles_month(text: str, surface: str) -> None:
    assert _periods(text)[surface] == "2025-01/2025-11"


def test_told_in_january_it_is_january() -> None:
    assert _periods("年初以来，全市新增经营主体1.3万户。", date="2025-01-20")["1.3万户"] == "2025-01"


@pytest.mark.parametrize(("text", "surface", "period"), [
    ("年初，全市制定了新增经营主体10万户的目标。", "10万户", "2025-01"),
    ("与年初相比，全市人口增加1.2万人。", "1.2万人", None),
])
def test_the_year_start_alone_stays_as_it_was(text: str, surface: str, period: str | None) -> None:
    assert _periods(text)[surface] == period


def test_a_named_years_start_runs_from_that_year() -> None:
    got = _periods("据报道，该航空公司自2020年初以来累计亏损超过25亿美元。", date="2024-11-19")
    assert got["超过25亿美元"] == "2020-01/2024-11"
