"""A word of the figure's frame is no subject (store/facts/subject_frame_words.py): a time word after 在 leaves the
figure to the noun before 在, a unit's short name in brackets to the figure told before it."""

from __future__ import annotations

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-09-05")}


def test_a_time_word_after_zai_is_not_the_subject() -> None:
    got = subjects("由於活期存款回落,因此外幣存款在月內減少0.8%。")
    assert got["0.8%"] == "外幣存款"


def test_a_bracketed_unit_is_not_the_subject() -> None:
    got = subjects("當日紐約原油期貨價格下跌 2.1%，跌至每桶 (bbl)61.20 美元。")
    assert got["61.20 美元"].startswith("紐約原油期貨價格") or got["61.20 美元"].startswith("當日紐約原油期貨價格")
