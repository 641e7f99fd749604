"""A count of 方面 (store/facts/subject_aspects.py) counts the noun after it when one follows (the tasks, measures,
work the aspects are of), else the aspects themselves — never 方面 with a piece of the verb or noun after it."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-12-12")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("会议部署城市工作7个方面的重点任务。", "7个", "重点任务"),
    ("设置26项主要指标，部署14个方面重点举措，全面打造先进制造业基地。", "14个", "重点举措"),
    ("按照区委工作部署,重点抓好八个方面的工作,加快建设现代化国际化城市。", "八个", "工作"),
    ("并部署了16个方面重大任务举措。", "16个", "重大任务举措"),
])
def test_aspects_followed_by_a_noun_count_that_noun(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface"), [
    ("报告从16个方面总结概括了新时代十年的伟大成就。", "16个"),
    ("扩大高水平对外开放等七个方面部署了重点任务。", "七个"),
    ("改善营商环境等六个方面重点突破，设定了28项主要指标。", "六个"),
])
def test_aspects_followed_by_a_verb_count_the_aspects(text: str, surface: str) -> None:
    assert subjects(text)[surface] == "方面"
