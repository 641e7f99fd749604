"""A phrase left of a figure whose words are all adverbs, particles or time words names nothing
measured (store/facts/words.names_nothing, used by store/facts/subjects._finish): it is no subject,
and the figure takes the topic of its sentence, or none."""

from __future__ import annotations

import pytest

from store.facts import extract
from store.facts.words import names_nothing


def subjects(text: str, date: str = "2025-06-12") -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date=date)}


@pytest.mark.parametrize("phrase", ["同样", "年则", "先后", "年内", "过去", "往年", "进度过"])
def test_adverbs_particles_and_time_words_name_nothing(phrase: str) -> None:
    assert names_nothing(phrase)


@pytest.mark.parametrize("phrase", ["进度", "收入", "就业", "一名", "该国", "每亩地", "私楼售价指数", "涨幅"])
def test_nouns_verbs_used_as_indicators_and_determiners_name_something(phrase: str) -> None:
    """收入/就业 are tagged verbs but name indicators; 一名, 该国 open the noun after the figure."""
    assert not names_nothing(phrase)


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("累計算今年首10個月,共錄得約4,100萬訪港旅客人次,同樣按年增加12%。", "12%", "訪港旅客人次"),
    ("全国已收获冬小麦1.4亿亩，进度过四成。", "四成", "收获冬小麦"),
])
def test_the_figure_takes_its_sentences_topic(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_a_figure_with_no_topic_has_no_subject() -> None:
    got = subjects("习近平总书记亲自决策、亲自部署，先后三次来到这里考察调研。")
    assert got["三次"] is None
