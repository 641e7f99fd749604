"""What a bare magnitude counts is read from the clauses before it, as far as the text still speaks
of the same thing: `老年人口将超过2亿，2026年将超过3亿，2037年将超过4亿` are all head counts (人), a
head count may be named after the number (`八千多环卫工`), and spaces typeset between numbers
(`规模分别在 1.5、 1.75、 1.35 万亿左右`) do not push the name out of reach."""

from __future__ import annotations

import pytest

from store.facts import extract


def got(text: str) -> dict[str, tuple[str, str | None]]:
    return {f["surface"]: (f["kind"], f["unit"]) for f in extract(text)}


@pytest.mark.parametrize("surface", ["超过2亿", "超过3亿", "超过4亿", "4.8亿"])
def test_head_counts_in_following_clauses_stay_head_counts(surface: str) -> None:
    text = "预测我国老年人口将超过2亿，2026年将超过3亿，2037年将超过4亿，2050年前后将达到峰值4.8亿。"
    assert got(text)[surface] == ("count", "人")


@pytest.mark.parametrize(("text", "surface"), [("记者探访省城八千多环卫工，三成多遭遇住宿难。", "八千多"),
                                               ("全市2万多名医生、3万多护士参加培训。", "3万多")])
def test_a_head_count_named_after_the_number_is_people(text: str, surface: str) -> None:
    assert got(text)[surface] == ("count", "人")


def test_spaces_between_numbers_do_not_push_the_name_out_of_reach() -> None:
    text = "预测 7 月、 8-9 月、 10-12 月利率债发行规模分别在 1.5、 1.75、 1.35 万亿左右。"
    assert got(text)["1.35 万亿左右"] == ("money", "元")


def test_a_sum_of_money_in_a_clause_before_is_no_head_count() -> None:
    assert got("全省财政收入超过2亿，2026年将超过3亿。")["超过3亿"][1] != "人"
