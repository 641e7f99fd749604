"""A change of a measured time told in the clause after its level is the time's
(store/facts/subject_duration_changes.py; conventions: a measured duration names what it measures)."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2026-03-15")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("全市公交平均候车时间为8.5分钟，同比缩短1.2分钟。", "1.2分钟", "全市公交平均候车时间"),
    ("製造業員工每月平均工時為168.2小時,比1月份增加2.4小時。", "2.4小時", "製造業員工每月平均工時"),
    # the base's own level inside the clause is passed over
    ("预警提前量达36分钟，较上年的30分钟提升6分钟。", "6分钟", "预警提前量"),
])
def test_a_change_of_a_measured_time_is_the_times(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_a_span_that_measures_nothing_stays_without_subject() -> None:
    assert subjects("比赛已连续举办12年，比上届多3天。")["12年"] is None


def test_a_change_followed_by_the_time_it_counts_is_not_the_levels() -> None:
    got = subjects("新航线全程仅需9天，较绕行方案可减少12天运输时间。")
    assert got["12天"] != got["9天"] or got["12天"] is None
