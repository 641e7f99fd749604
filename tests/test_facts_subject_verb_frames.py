"""A subject holding its verb's frame (store/facts/subject_verb_frames.py): adverbs before the verb are cut off,
and an add-on opening the subject leaves the sum to the sentence's topic or to the item added."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2023-05-12")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("今年前5个月，我国新能源汽车产销量历史上首次双双突破300万辆。", "300万辆", "新能源汽车产销量"),
    ("6個月拆息則微跌至3.1厘。", "3.1厘", "6個月拆息"),   # the adverb goes, the tenor names the rate (subj50)
])
def test_adverbs_before_the_verb_are_no_part_of_the_subject(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_a_sum_told_with_an_add_on_is_the_topics() -> None:
    got = subjects("註:105年6月底,外資持有國內股票按當日市價計算,連同其新台幣存款餘額共折計1,850億美元,約當外匯存底42%。")
    assert got["1,850億美元"] == "外資持有國內股票"
    assert got["42%"] == "外資持有國內股票"


def test_an_item_added_is_the_items() -> None:
    got = subjects("市府指出,歲入歲出差短數88.5億元,連同債務還本52億元,還需要融資調度140.5億元。")
    assert got["52億元"] == "債務還本"


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("全国邮政快递业务量日均近4亿件。", "近4亿件", "全国邮政快递业务量日均"),
    ("从西宁到成都4个半小时左右。", "4个半小时左右", "从西宁到成都"),
])
def test_words_ending_in_an_adverbs_character_stay_whole(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected
