"""Issues of a bond programme counted in 期 (the sealed4 sample's bonds, as rules): `分六期`,
`分6期`, `首兩期` are counts (unit 期); `第四期`, `首期` stay ranks or names, `10年期` a tenor,
`一期工程` a phase.  Sentences written for the rule."""

from __future__ import annotations

import pytest

from store.facts import extract


def fact(text: str, surface: str) -> dict:
    got = extract(text, date="2025-08-27")
    found = [f for f in got if f["surface"] == surface]
    assert len(found) == 1, (surface, [f["surface"] for f in got])
    return found[0]


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("財政部今年將在香港分六期共發行680億元人民幣國債。", "六期", 6),
    ("財政部早前公布,今年將在香港分6期發行合共550億元人民幣國債。", "6期", 6),
    ("首兩期分別於3月及6月發行,分別120億元及110億元。", "兩期", 2),
    ("财政部今年在香港分三期发行人民币国债。", "三期", 3),
    ("储蓄国债前两期已经售罄。", "两期", 2),
])
def test_a_count_of_issues_is_counted_in_qi(text: str, surface: str, value: int) -> None:
    f = fact(text, surface)
    assert (f["kind"], f["value"], f["unit"]) == ("count", value, "期")


@pytest.mark.parametrize(("text", "surface", "kind"), [
    ("今日發行的是今年第四期人民幣國債。", "第四期", "rank"),
])
def test_an_issues_number_stays_a_rank(text: str, surface: str, kind: str) -> None:
    assert fact(text, surface)["kind"] == kind


@pytest.mark.parametrize("text", [
    "首期发行规模为50亿元的国债已经售罄。",
    "一期工程已经竣工。",
    "本次发行10年期国债。",
    "十四五期间投资增长。",
    "分期付款方便购房者。",
])
def test_no_count_of_issues_without_a_numeral_and_a_frame(text: str) -> None:
    assert not [f for f in extract(text, date="2025-08-27") if f["unit"] == "期" and f["kind"] == "count"]


# An issue plan: N期 with the bond it counts after it, one issue after 發行, the issues of a tenor in its bracket
@pytest.mark.parametrize(("text", "surface", "value", "subject"), [
    ("財政部預計發行14期甲類公債，加計7期乙類公債。", "7期", 7, "乙類公債"),
    ("財政部115年度預計發行7期乙類公債，其中第1季發行1期乙類公債。", "1期", 1, "乙類公債"),
    ("合計全年度發行21期公債，其中1月發行3期，其餘4個月各發行1期。", "1期", 1, "公債"),
    ("全年發行21期公債，發行年期分別定為2年（3期，含2期乙類公債）、20年（2期）。", "3期", 3, "公債"),
    ("全年發行21期公債，發行年期分別定為2年（3期，含1期乙類公債）、20年（2期）。", "2期", 2, "公債"),
    ("本次共两期国债都是凭证式国债，100元起购。", "两期", 2, "国债"),
])
def test_an_issue_plan_counts_its_issues(text: str, surface: str, value: int, subject: str) -> None:
    f = [f for f in extract(text, date="2025-12-30") if f["surface"] == surface][0]
    assert (f["kind"], f["value"], f["unit"], f["subject"]) == ("count", value, "期", subject)


@pytest.mark.parametrize("text", [
    "与前一期国债相比，票面利率下降。",
    "财政部决定续发行2023年記賬式附息(六期)國債(7年期)。",
    "今年第六期国债发行完毕。",
    "一期工程发行债券融资。",
])
def test_one_issue_named_is_no_count_of_issues(text: str) -> None:
    assert not [f for f in extract(text, date="2025-08-27") if f["unit"] == "期" and f["kind"] == "count"]
