"""Average stays, waits and commutes are measured figures of a period (issue 10, sealed6's period misses):
`過去一年訪港過夜旅客平均逗留時間為3.1晚，相比2024年略少0.1晚` gives both durations the year just past (2025),
as an average term or cycle already took its period; a duration that only spans time keeps none."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date) if f["kind"] == "duration"}


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("過去一年訪港過夜旅客平均逗留時間為3.1晚，相比2024年略少0.1晚。", "2026-01-19", {"3.1晚": "2025", "0.1晚": "2025"}),
    ("2025年，旅客平均逗留时间为3.2晚。", "2026-01-19", {"3.2晚": "2025"}),
    ("上半年，市民平均通勤时间为36分钟。", "2024-07-20", {"36分钟": "2024H1"}),
])
def test_an_average_stay_takes_its_period(text: str, date: str, expected: dict[str, str]) -> None:
    got = periods(text, date)
    assert {s: got[s] for s in expected} == expected


def test_a_span_of_time_keeps_no_period() -> None:
    assert periods("2025年，该项目历时3年建成。", "2026-01-19")["3年"] is None
