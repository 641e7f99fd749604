"""Quarters in a bare 季, as Hong Kong and Taiwan releases write them (the sealed4 sample, as
rules): `首季` alone is the first quarter (a date); `首3季`, `前3季` the first three quarters
(a span, duration in 季); `六季以來`, `維持五季`, `連七季` count quarters.  Sentences written
for the rule."""

from __future__ import annotations

import pytest

from store.facts import extract


def fact(text: str, surface: str, date: str = "2020-08-15") -> dict:
    found = [f for f in extract(text, date=date) if f["surface"] == surface]
    assert len(found) == 1, (surface, [f["surface"] for f in extract(text, date=date)])
    return found[0]


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("政府消費開支繼今年首季升8.8%後,第二季按年增9.6%。", "今年首季", "2020Q1"),
    ("統計處公布,首季本地生產總值按年實質下跌8.9%。", "首季", "2020Q1"),
    ("今年首季度零售业总销货价值按年上升4.2%。", "今年首季度", "2020Q1"),
    ("这是自1974年首季有纪录以来的最大跌幅。", "1974年首季", "1974Q1"),
])
def test_the_first_quarter_written_shou_ji_is_a_date(text: str, surface: str, value: str) -> None:
    f = fact(text, surface)
    assert (f["kind"], f["value"]) == ("date", value)


def test_the_first_quarter_of_a_plan_is_not_dated_here() -> None:
    got = extract("“十五五”首季经济实现平稳良好开局。", date="2026-04-20")
    assert not [f for f in got if f["kind"] == "date"]


@pytest.mark.parametrize(("text", "surface", "value", "period"), [
    ("2023年首3季本地生产总值按年实质增长7.7%。", "首3季", 3, "2023Q1-Q3"),
    ("併計前3季表現,全年經濟成長率概估為8.63%。", "前3季", 3, None),
    ("今年前三季營收年增12%。", "前三季", 3, "2020Q1-Q3"),
])
def test_the_first_quarters_of_a_year_are_a_span_of_quarters(text: str, surface: str, value: int,
                                                            period: str | None) -> None:
    f = fact(text, surface)
    assert (f["kind"], f["value"], f["unit"]) == ("duration", value, "季")
    if period:
        assert f["period"] == period


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("民間消費實質成長3.43%,是六季以來最高。", "六季", 6),
    ("央行之後維持五季的不動利率。", "五季", 5),
    ("央行连七季按兵不动。", "七季", 7),
    ("出口連續5季正成長。", "5季", 5),
])
def test_a_streak_of_quarters_is_counted_in_ji(text: str, surface: str, value: int) -> None:
    f = fact(text, surface)
    assert (f["kind"], f["value"], f["unit"]) == ("duration", value, "季")


@pytest.mark.parametrize("text", [
    "今年三季GDP增長4.9%。",          # a quarter's name
    "去年四季度經濟回升。",
    "本季報顯示營收回升。",
    "四季如春的昆明。",
])
def test_a_quarters_name_is_no_count_of_quarters(text: str) -> None:
    assert not [f for f in extract(text, date="2020-08-15") if f["kind"] == "duration"]
