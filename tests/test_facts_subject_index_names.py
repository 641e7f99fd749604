"""An index named with its short name in brackets (store/facts/subject_index_names.py): figures told after it
by a rate word alone are the index's; a bracketed level is no part of an index's name; a place after a month
is not cut at 月台."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2022-10-08")}


@pytest.mark.parametrize(("text", "expected"), [
    ("統計處今日公布最新綜合消費物價指數(CCPI),9月份按年錄得通脹4.1%,上月按年錄得升幅3.9%。",
     {"4.1%": "綜合消費物價指數", "3.9%": "綜合消費物價指數"}),
    ("統計局同日宣布進口物價指數(IPI),9月按年錄升幅6.2%,上月漲7.5%。",
     {"6.2%": "進口物價指數", "7.5%": "進口物價指數"}),
])
def test_rate_words_after_a_named_index_are_the_indexs(text: str, expected: dict[str, str]) -> None:
    got = subjects(text)
    for surface, subject in expected.items():
        assert got[surface] == subject


def test_a_bracketed_level_is_no_part_of_the_name() -> None:
    # each class's (丙类, or 丙类消费物价指数), never a name with the level inside
    got = subjects("丙类(103.21)及丁类(101.77)消费物价指数按年分别上升2.41%及1.08%。")
    assert got["2.41%"].startswith("丙类") and got["1.08%"].startswith("丁类")
    assert "(" not in got["2.41%"] + got["1.08%"]


def test_a_place_after_a_month_keeps_its_first_character() -> None:
    got = subjects("8月台灣進口物價指數(IPI)月增率-0.52%,年增率-3.12%。")
    assert got["-0.52%"].startswith("台灣")
