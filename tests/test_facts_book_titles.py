"""A count, rank or measure written inside the title of a work, a law or a document in 《》 is part of the name
and yields no fact (store/facts/quoted_titles.py; the gold lists `（四）` of `《习近平论强军兴军（四）》` and the
anniversaries of titles as junk); the same figures outside a title stay, and so do a title's dates.  A
title's span is the name's too since junk36 (`《深刻把握新时代十年伟大变革…》`: sealed12 labels its 十年 a duration, three
sets trap a title's anniversary — a recorded conflict, tests/gold/README.md), and so is a single year since junk37 (`《2021年年度报告》`: the fresh samples'
traps; a plan's span of years stays a date; tests/test_facts_junk37.py).  Sentences written for the rule."""

from __future__ import annotations

import pytest

from store.facts import extract


def facts(text: str) -> list[tuple[str, str]]:
    return [(f["surface"], f["kind"]) for f in extract(text, date="2025-06-16")]


@pytest.mark.parametrize(("text", "trap"), [
    ("市场监管总局公布《外卖平台补贴行为规范十条（征求意见稿）》，明确平台责任。", "十条"),
    ("国务院日前印发《关于开展第五次全国经济普查的通知》。", "第五次"),
    ("会上发布《中阿先进适用技术成果500项》等一批重要成果。", "500项"),
    ("我国发布了《第三次中国冰川编目》。", "第三次"),
    ("题目是《深刻把握新时代十年伟大变革的里程碑意义》。", "十年"),
    ("會議審議《關於二十屆中央第二輪巡視情況的綜合報告》。", "第二輪"),
    ("《2024年政府工作报告》提出，国内生产总值增长5%左右。", "2024年"),
])
def test_a_figure_inside_a_book_title_is_no_fact(text: str, trap: str) -> None:
    assert not [s for s, _ in facts(text) if trap in s or s in trap]


@pytest.mark.parametrize(("text", "figure"), [
    ("国务院决定于2023年开展第五次全国经济普查，涉及500万家企业。", "第五次"),
    ("国务院决定于2023年开展第五次全国经济普查，涉及500万家企业。", "500万家"),
    ("《2024年政府工作报告》提出，国内生产总值增长5%左右。", "5%左右"),
    ("《新型储能规模化建设专项行动方案（2025—2027年）》提出，新型储能装机达到1.8亿千瓦。", "2025—2027年"),
    ("新时代十年，我国经济实力实现历史性跃升。", "十年"),
    ("该书共《上》《下》两册，定价98元。", "98元"),
])
def test_figures_outside_a_title_and_a_titles_dates_and_spans_stay(text: str, figure: str) -> None:
    assert figure in [s for s, _ in facts(text)]
