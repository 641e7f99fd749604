"""A statistical bulletin's topic clause (store/facts/subject_topic_clause.py): the indicator
named alone before its comma, the figures told in the clauses after it by period and comparison."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2024-08-15")}


@pytest.mark.parametrize(("text", "expected"), [
    ("建造业的增加价值,在2024年第一季与上年同期比较实质上升4.1%,而去年第四季则下跌1.2%。",
     {"4.1%": "建造业的增加价值", "1.2%": "建造业的增加价值"}),
    ("進出口貿易業的增加價值，在2023年第三季與上年同期比較實質下跌2.4%，而第二季則上升0.7%。",
     {"2.4%": "進出口貿易業的增加價值", "0.7%": "進出口貿易業的增加價值"}),
    ("资讯及通讯业的增加价值,在2024年第二季与上年同期比较录得5.6%的实质升幅,而第一季的升幅为4.8%。",
     {"5.6%": "资讯及通讯业的增加价值", "4.8%": "资讯及通讯业的增加价值"}),
    ("零售業總銷貨價值，在2024年6月與上年同月比較下跌9.7%。", {"9.7%": "零售業總銷貨價值"}),
])
def test_figures_after_a_topic_clause_measure_the_topic(text: str, expected: dict[str, str]) -> None:
    got = subjects(text)
    for surface, subject in expected.items():
        assert got[surface] == subject


@pytest.mark.parametrize(("text", "surface", "expected"), [
    # the clause after the comma names its own indicator: it keeps it
    ("香港的整体货物出口,在2024年7月的出口货值上升13.0%。", "13.0%", "出口货值"),
    # a clause with a verb is no topic: the figure keeps what the context gave it
    ("政府表示会增加开支,在2024年将投入120亿元。", "120亿元", None),
])
def test_a_figure_with_its_own_subject_or_a_clause_that_is_no_topic(
        text: str, surface: str, expected: str | None) -> None:
    got = subjects(text)[surface]
    if expected is None:
        assert got is None or "增加开支" not in got
    else:
        assert got == expected


def test_a_topic_told_up_to_a_closing_month_and_a_figure_named_only_as_its_rate() -> None:
    got = subjects("經季節性調整的綜合消費物價指數,截至二零二四年六月止的三個月的平均每月升幅為0.2%。")
    assert got["0.2%"] == "經季節性調整的綜合消費物價指數"
