"""Fragments left as subjects (store/facts/subject_fragments.py): a change verb, a bare 幅度, a
modal, a verb pushing the indicator and a lone adverb are no subjects."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2024-08-15")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("口岸整体通关时间由48小时缩短至12小时。", "12小时", "口岸整体通关时间"),
    ("多家银行今天宣布下调人民币存款利率，下调幅度为10—25个基点不等。", "10—25个基点", "人民币存款利率"),
    ("主計總處預測明年消費者物價指數年增率應會低於2%。", "2%", "消費者物價指數年增率"),
    ("央行估计调涨电价将推升全年消费者物价指数影响0.08百分点,间接影响0.15百分点。", "0.08百分点", "消费者物价指数"),
    ("央行估计调涨电价将推升全年消费者物价指数影响0.08百分点,间接影响0.15百分点。", "0.15百分点", "消费者物价指数"),
])
def test_a_fragment_gives_way_to_the_indicator(text: str, surface: str, expected: str) -> None:
    got = {k.lstrip("低於超过"): v for k, v in subjects(text).items()}
    assert got[surface] == expected


def test_a_change_verb_in_a_clause_without_a_figure_before_it_is_no_subject() -> None:
    got = subjects("审批时限大幅压缩，缩短3天。")
    assert got["3天"] != "缩短"


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("今年前三季度，我国进出口规模站稳30万亿元台阶。", "30万亿元", "进出口规模"),
    ("海南、重慶和湖北則定在6%以上。", "6%以上", "湖北"),
])
def test_a_verb_left_at_the_end_is_cut(text: str, surface: str, expected: str) -> None:
    got = subjects(text)
    assert got[surface] is not None and got[surface].endswith(expected)


def test_a_verb_alone_is_no_subject() -> None:
    assert subjects("其中,甘肅預期增長目標最高,為“6%以上,力爭達到7%”。")["7%"] != "力爭"


def test_including_x_is_kept_with_the_phrase_it_opens() -> None:
    got = subjects("其中,包括柴油和取暖油在内的其他成品油库存增加210万桶。")
    assert got["210万桶"] == "包括柴油和取暖油在内的其他成品油库存"
