"""An index named right after its month (`9月製造業採購經理人指數PMI`, `但9月指數回升2.5個百分點`) is named
without the month: the 月 of the date is no part of the index's name, and a bare `指數` after a month points
back to the index the sentence named (tests/gold/README.md, sealed14's Taiwan PMI pages)."""

from __future__ import annotations

from store.facts import extract


def subjects(text: str) -> dict[str, object]:
    return {f["surface"]: f.get("subject") for f in extract(text, date="2015-10-01") if f["kind"] != "date"}


def test_the_index_released_for_a_month_is_named_without_the_month() -> None:
    got = subjects("中經院今(10/1)天發布9月製造業採購經理人指數PMI,指數由8月的45%,回升1.1個百分點至46.1%。")
    assert got == {"45%": "製造業採購經理人指數", "1.1個百分點": "製造業採購經理人指數",
                   "46.1%": "製造業採購經理人指數"}


def test_a_months_bare_index_is_the_index_named_before() -> None:
    got = subjects("供應商交貨時間擴散指數為48%,但9月指數回升2.5個百分點,至48%。")
    assert got["2.5個百分點"] == "供應商交貨時間擴散指數"


def test_a_year_before_an_index_is_no_part_of_its_name() -> None:
    got = subjects("2024年消费者信心指数为88.5，指数较上月回升1.2点。")
    assert got["1.2点"] == "消费者信心指数"
