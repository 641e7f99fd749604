"""Hong Kong statistics phrasing: a rate told `X亦按年實質明顯擴張6.3%` is X's (tests/gold/README.md:
the subject is the measured indicator), never a piece of the phrase between X and the figure
(`年實質明顯擴張`, `繼續`); a clause that is only that phrase measures the topic of the clause
before it (`私人消費開支在第3季增速輕微加快，按年實質進一步上升2.1%`, `內部需求疲弱,全年倒退5.8%`)."""

from __future__ import annotations

import pytest

from store.facts import extract


def subject(text: str, surface: str) -> str | None:
    return next(f["subject"] for f in extract(text, date="2025-11-15") if f["surface"] == surface)


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("服務輸出亦按年實質明顯擴張6.3%，主要受訪港旅遊業支持。", "6.3%", "服務輸出"),
    ("服务输出亦按年实质明显扩张5.1%，主要受访港旅游业支持。", "5.1%", "服务输出"),
    ("帶動整體貨物出口在第3季繼續按年實質顯著增長12.1%。", "12.1%", "整體貨物出口"),
    ("带动整体货物出口在第二季继续按年实质显著增长9.4%。", "9.4%", "整体货物出口"),
    ("投資開支則按年實質輕微下跌1.7%。", "1.7%", "投資開支"),
])
def test_the_rate_after_a_yoy_phrase_is_the_nouns_before_it(text: str, surface: str, expected: str) -> None:
    assert subject(text, surface) == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("本地方面，林幗瑛指出私人消費開支在第3季增速輕微加快，按年實質進一步上升2.1%，反映消費市道恢復。",
     "2.1%", "私人消費開支"),
    ("私人消费开支在第二季度增速加快，按年实质上升3.4%。", "3.4%", "私人消费开支"),
    ("內部需求疲弱,全年倒退5.8%,外地需求則有改善。", "5.8%", "內部需求"),
    ("外部需求强劲，全年增长7.2%。", "7.2%", "外部需求"),
])
def test_a_clause_of_only_the_phrase_takes_the_topic_before_it(text: str, surface: str, expected: str) -> None:
    assert subject(text, surface) == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("整體出口貨值按年上升3.5%。", "3.5%", "整體出口貨值"),
    ("零售业总销货价值按年下跌2.3%。", "2.3%", "零售业总销货价值"),
])
def test_a_subject_of_its_own_is_kept(text: str, surface: str, expected: str) -> None:
    assert subject(text, surface) == expected


def test_a_subject_carried_from_the_clause_before_is_kept() -> None:
    assert subject("出口增長4.1%，按年實質上升2.0%。", "2.0%") == "出口"
