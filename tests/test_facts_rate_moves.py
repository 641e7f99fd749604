"""A central bank's rate move (store/facts/subject_rate_moves.py): the move is the move of the
rate the sentence quotes, never the reason, term or connective written before it."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2024-08-15")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("2008年9月因應金融海嘯降息半碼，重貼現率降至3.375%。", "半碼", "重貼現率"),
    ("為彭淮南任內首度升息1碼，其後連三季升息共2碼，重貼現率升至1.625％。", "1碼", "重貼現率"),
    ("為彭淮南任內首度升息1碼，其後連三季升息共2碼，重貼現率升至1.625％。", "2碼", "重貼現率"),
    ("重貼現率升至2%，加上今年第1季升息半碼，累計升息幅度創新高。", "半碼", "重貼現率"),
    ("台湾“央行”宣布降息半码,也就是0.125%,使重贴现率从1.5%降到1.375%。", "0.125%", "重贴现率"),
    ("美联储宣布降息25个基点,将联邦基金利率目标区间下调至4.25%至4.5%之间。", "25个基点", "联邦基金利率目标区间"),
])
def test_a_move_is_the_move_of_the_rate_the_sentence_quotes(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("报道称,央行维持利率不变多时,如今终于宣布升息半码,市场人士大感意外。", "半码", None),   # no rate quoted
    ("连4季升息合计2码(1码是0.25个百分点),重贴现率升至1.75%。", "1码", None),               # a definition
    ("此波升息已調升利率達2.5碼，但利率已經連五季未再調整。", "2.5碼", "利率"),              # named in its clause
    ("此波升息已調升利率達2.5碼，但利率已經連五季未再調整。", "五季", None),                  # a streak
])
def test_a_move_without_a_quoted_rate_a_definition_a_named_rate_and_a_streak(
        text: str, surface: str, expected: str | None) -> None:
    assert subjects(text)[surface] == expected
