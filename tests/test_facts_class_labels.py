"""Numerals that name a body or a class rather than measure: the term of a congress or a
committee (第十四届全国人民代表大会, 四川省第十四屆人民代表大會; a committee's term, 第十三届中央委员会,
stays a rank for now: no gold sample labels it), a list of bare magnitudes naming
size classes (贸易规模超过万亿元、千亿元和百亿元的国家), a quoted step counted in steps
(连续迈上三个“10万亿元”新台阶).  A conference's edition (第五届进博会), a level reached
(迈上5万亿元新台阶) and a single bare threshold (营收超千亿元) stay figures.
Cases are written for this file, not copied from the corpus.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _surfaces(text: str) -> list[str]:
    return [f["surface"] for f in extract(text)]


@pytest.mark.parametrize(("text", "label"), [
    ("第十四届全国人民代表大会第三次会议在京开幕。", "十四届"),
    ("四川省第十四屆人民代表大會第四次會議開幕。", "十四屆"),
    ("第十四届全国政协委员出席会议。", "十四届"),
    ("市第十六届人大常委会第八次会议审议了报告。", "十六届"),
])
def test_the_term_of_a_congress_is_a_label(text, label):
    assert all(label not in s for s in _surfaces(text)), _surfaces(text)


@pytest.mark.parametrize(("text", "rank"), [
    ("第五届中国国际进口博览会今天闭幕。", "第五届"),
    ("《湿地公约》第14届缔约方大会将于11月开幕。", "第14届"),
    ("第52届世界技能大赛在上海举行。", "第52届"),
])
def test_the_edition_of_a_conference_is_a_rank(text, rank):
    assert rank in _surfaces(text)


def test_bare_magnitudes_listed_as_classes_are_labels_and_the_counts_stay():
    text = "其中，贸易规模超过万亿元、千亿元和百亿元的国家和地区分别有14个、62个和137个。"
    got = _surfaces(text)
    assert not any("亿" in s for s in got), got
    assert {"14个", "62个", "137个"} <= set(got)


def test_a_quoted_step_counted_in_steps_is_a_label_and_the_count_stays():
    text = "我国服务业增加值连续迈上三个“10万亿元”新台阶；2025年首次突破80万亿元。"
    got = _surfaces(text)
    assert "10万亿元" not in got and "三个" in got and "80万亿元" in " ".join(got)


@pytest.mark.parametrize(("text", "surface"), [
    ("经济总量迈上5万亿元新台阶。", "5万亿元"),
    ("进出口规模站稳20万亿元台阶。", "20万亿元"),
    ("营收超千亿元。", "超千亿元"),
    ("两家公司利润分别为3亿元和5亿元。", "3亿元"),
])
def test_levels_and_single_thresholds_stay_figures(text, surface):
    assert surface in _surfaces(text)


@pytest.mark.parametrize(("text", "tenors"), [
    ("財政部今日在香港招標增發的2年、3年、5年和15年期人民幣國債。", ("2年", "3年", "5年")),
    ("國債包括2年、3年及5年期,各佔30億元。", ("2年", "3年")),
])
def test_a_list_of_tenors_sharing_qi_is_a_label(text, tenors):
    got = _surfaces(text)
    assert not any(s in tenors for s in got), got


def test_the_centenary_goals_and_the_first_five_years_are_labels():
    text = "实现第一个百年奋斗目标之后，向第二个百年奋斗目标进军的第一个五年。"
    assert _surfaces(text) == []


def test_a_span_of_years_in_a_list_stays_a_figure():
    assert "5年" in _surfaces("项目建设期为3年和5年。") or "3年" in _surfaces("项目建设期为3年和5年。")
