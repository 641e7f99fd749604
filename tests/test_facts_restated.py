"""A figure restating what an earlier one measured (store/facts/subject_restated.py): a bare
金额 is the amount of what the sentence named alone, a share after 相当于 the level's."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2024-08-15")}


@pytest.mark.parametrize(("text", "expected"), [
    ("經濟部20日公布2024年7月外銷訂單,金額為535.6億美元,較6月成長4.1%,但與上年同期相比,仍衰退2.3%。",
     {"535.6億美元": "外銷訂單", "4.1%": "外銷訂單", "2.3%": "外銷訂單"}),
    ("2024年1-6月政府补助,扣除所得税的影响后,预计对公司净利润产生正向影响,金额约为1200万元。",
     {"1200万元": "政府补助"}),
])
def test_a_bare_amount_is_the_amount_of_what_the_sentence_named(text: str, expected: dict[str, str]) -> None:
    got = subjects(text)
    for surface, subject in expected.items():
        assert got[surface] == subject


def test_an_amount_after_a_clause_with_a_figure_stays_an_amount() -> None:
    got = subjects("医保局消息，今年1至6月，全国职工医保个人账户共济2亿人次，金额超过261亿元。")
    assert got["超过261亿元"] == "金额"


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("7月份錄得有形貿易逆差318億元，相等於商品進口貨值的7.2%。", "7.2%", "有形貿易逆差"),
    ("政府债务余额为38.6万亿元,相当于国内生产总值的百分之二十八。", "百分之二十八", "政府债务余额"),
])
def test_a_level_restated_as_a_share_is_the_levels(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected
