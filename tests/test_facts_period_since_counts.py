"""Counts of moves since a start (issue 10, sealed3 and sealed8's period misses): `这是欧洲央行今年7月以来第四次
加息` and `这是该行今年6月宣布降息以来第四次下调利率` count the moves from a start up to now; the start (2024-06)
or the day told before (2022-12-15) is no period of that rank, and both samples label none.  A count within a
year (`今年第三次加息`) keeps the year; the event of another time (`那起事故导致40人死亡`, after a sentence
naming a day) takes no carried day."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date) if f["kind"] not in ("date", "year")}


@pytest.mark.parametrize(("text", "date", "surface"), [
    ("欧洲央行15日宣布加息50个基点，这是欧洲央行今年7月以来第四次加息。", "2022-12-16", "第四次"),
    ("这是该行今年6月宣布降息以来第四次下调利率。", "2024-12-13", "第四次"),
    ("这是美联储2022年3月以来的第十次加息。", "2023-05-04", "第十次"),
])
def test_a_count_since_a_start_has_no_period(text: str, date: str, surface: str) -> None:
    assert periods(text, date)[surface] is None


def test_a_count_within_a_year_keeps_the_year() -> None:
    assert periods("这是美联储今年第三次加息。", "2022-06-16")["第三次"] == "2022"


@pytest.mark.parametrize(("text", "date"), [
    ("2011年7月23日，甬温线发生特别重大铁路交通事故。那起事故导致40人死亡，近200人受伤。", "2012-07-22"),
    ("5日，当地再次发生地震。那次地震造成12人遇难。", "2024-01-08"),
])
def test_that_event_of_another_time_takes_no_carried_day(text: str, date: str) -> None:
    got = periods(text, date)
    assert {got[s] for s in got} == {None}
