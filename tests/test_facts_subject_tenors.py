"""A rate's tenor (store/facts/subject_tenors.py) is a duration of the rate it names (拆息); a span standing alone
names nothing."""

from __future__ import annotations

from store.facts import extract


def facts(text: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date="2025-06-20")}


def test_tenors_are_the_rates() -> None:
    got = facts("6個月及12個月拆息均升至約4.1厘,創逾2個月新高。")
    assert got["6個月"]["subject"] == "拆息" and got["12個月"]["subject"] == "拆息"
    assert not got["逾2個月"]["subject"]
