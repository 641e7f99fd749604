"""A rate's tenor (`6個月及12個月拆息`) names the rate, as `10年期` names a yield: no duration (the majority's trap and the
conventions since fix35u; sealed17 labelled them durations of 拆息, store/facts/subject_tenors.py); a span standing alone
(`創逾2個月新高`) stays a duration with no subject."""

from __future__ import annotations

from store.facts import extract


def facts(text: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date="2025-06-20")}


def test_tenors_are_the_rates() -> None:
    got = facts("6個月及12個月拆息均升至約4.1厘,創逾2個月新高。")
    assert "6個月" not in got and "12個月" not in got
    assert got["約4.1厘"]["unit"] == "%"
    assert got["逾2個月"]["kind"] == "duration" and not got["逾2個月"]["subject"]
