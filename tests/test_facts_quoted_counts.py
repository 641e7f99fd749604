"""A count before a quoted name counts the name with its noun; a head count written 人口 measures 人口.

The seed page gave `117项人才服务整合为73项“一码通办”事项` the subject 一码 (the name cut inside),
`部署两批15个“揭榜挂帅”项目` the verb phrase before the counts, and `3200万人口带来广阔市场` the verb phrase
after it as subject.  Sentences are written for the rules, not copied from the corpus."""

from __future__ import annotations

import pytest

from store.facts import extract


def fact(text: str, surface: str, date: str = "2025-11-25") -> dict:
    found = [f for f in extract(text, date=date) if f["surface"].startswith(surface)]
    assert len(found) == 1, (surface, [f["surface"] for f in extract(text, date=date)])
    return found[0]


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("全市86项服务整合为41项“一窗通办”事项。", "41项", "“一窗通办”事项"),
    ("今年以来，该市在低空经济方向部署12个“赛马争先”项目，总投资3亿元。", "12个", "“赛马争先”项目"),
    ("陆军本月接收了18辆“雪豹”主战坦克。", "18辆", "“雪豹”主战坦克"),
    ("调查人员已找到失事飞机的两个“黑匣子”。", "两个", "“黑匣子”"),
    ("两地共签署30多份“陆海联通”合作文件，涵盖多个领域。", "30多份", "“陆海联通”合作文件"),
])
def test_a_count_before_a_quoted_name_counts_the_name_and_its_noun(text: str, surface: str, subject: str) -> None:
    assert fact(text, surface)["subject"] == subject


def test_a_count_of_batches_before_another_count_counts_the_same_thing() -> None:
    text = "今年以来，该市在低空经济方向部署三批12个“赛马争先”项目，总投资3亿元。"
    assert fact(text, "三批")["subject"] == "“赛马争先”项目"


@pytest.mark.parametrize(("text", "surface"), [
    ("交通便利，2800万人口带来广阔市场，工业门类齐全。", "2800万"),
    ("十几亿人口要吃饭，这是最大的国情。", "十几亿"),
    ("一个拥有9000多万人口的大省，必须端牢饭碗。", "9000多万"),
])
def test_a_head_count_written_with_renkou_measures_renkou(text: str, surface: str) -> None:
    f = fact(text, surface)
    assert (f["kind"], f["subject"]) == ("count", "人口")


def test_a_place_told_before_a_head_count_stays_its_subject() -> None:
    f = fact("这个社区有8000多人口，其中老人超过三成。", "8000多")
    assert f["subject"] == "这个社区"


def test_a_quoted_description_before_de_is_not_the_thing_counted() -> None:
    f = fact("该部队称击落两枚“正准备发射”的反舰导弹。", "两枚")
    assert "准备发射" not in (f["subject"] or "")


def test_a_quoted_level_is_no_name_counted() -> None:
    f = fact("该市服务业增加值连续迈上两个“1万亿元”新台阶。", "两个")
    assert "万亿元" not in (f["subject"] or "")


def test_a_quote_after_a_figure_that_is_no_count_is_left_alone() -> None:
    f = fact("全年营业收入12亿元“稳中有进”，同比增长5%。", "12亿元")
    assert f["kind"] == "money" and "稳中有进" not in (f["subject"] or "")
