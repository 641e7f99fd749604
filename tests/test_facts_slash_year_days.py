"""A month and day written with a slash right after a year word (store/facts/slash_dates.py; sealed24's public
Taiwan market note `自從去年12/24以來`): a day of that year, never a share (12/24 is no 50 %); the figures summed
since it run from that day.  A share-shaped pair after a year word stays a share (`占去年1/3`)."""

from __future__ import annotations

from store.facts import extract


def facts(text: str, date: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date=date)}


def test_a_slash_day_after_last_year_is_that_day() -> None:
    got = facts("投信法人自從去年12/24以來即未再買超。", "2026-01-21")["12/24"]
    assert (got["kind"], got["value"]) == ("date", "2025-12-24")


def test_the_year_word_gives_the_year_even_late_in_the_article_s_year() -> None:
    got = facts("外資自去年12/24以來累計賣超。", "2026-12-30")["12/24"]
    assert got["value"] == "2025-12-24"


def test_a_sum_since_the_slash_day_runs_from_it_to_the_day_told() -> None:
    got = extract("且自從去年12/24以來即未再買超，累計19個交易日來共賣超1172.8億元。", date="2026-01-21")
    total = next(f for f in got if f["value"] == 117_280_000_000)
    assert total["period"] == "2025-12-24/2026-01-21"


def test_a_share_after_a_year_word_stays_a_share() -> None:
    got = facts("出口占去年1/3。", "2026-01-21")["1/3"]
    assert got["kind"] == "percent"
