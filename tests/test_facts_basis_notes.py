"""A note on the basis of a comparison is no subject: a growth told `同口径增长1.9%` after a level is
the level's thing's growth, and one told after a bracketed exclusion (`(扣除…外)增长3%`) the growth of
the phrase before the bracket."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2023-01-12")}


FJ = "一般公预算总收入5382.3亿元、同口径增长1.9%,地方一般公共预算收入3339亿元、同口径增长5.5%,固定资产投资增长7.5%。"


@pytest.mark.parametrize(("text", "surface", "expected"), [
    (FJ, "1.9%", "一般公预算总收入"),
    (FJ, "5.5%", "地方一般公共预算收入"),
    ("全市税收收入120亿元，同口徑增長4.1%。", "4.1%", "全市税收收入"),
    ("一般公共预算支出(扣除2022年灾后恢复重建专项资金支出外)增长3%以上;规模以上固定资产投资增长6%以上。",
     "3%以上", "一般公共预算支出"),
    ("税收收入(不含留抵退税因素)增长8.2%。", "8.2%", "税收收入"),
    ("全国实际使用外资10037.6亿元，按可比口径同比增长15.6%。", "15.6%", "全国实际使用外资"),
])
def test_a_basis_note_is_no_subject(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_no_level_before_gives_no_subject_rather_than_the_note() -> None:
    assert subjects("同口径增长1.9%。")["1.9%"] != "同口径"
