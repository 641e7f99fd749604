"""Nouns that begin with 比 (比价, 比率, 比重, 比例) are no comparison: `豬糧比價進一步回落2.88%`,
`资产负债比率下降2.1个百分点`, `第三产业比重提高1.5个百分点` were cut before 比 as if it opened a base
(`比上年增长`), leaving 豬糧, 资产负债, 第三产业; the gold sets name the ratio whole.  An adverb 更 right
before the change (`推薦香港的比例更高達94%`) is no part of the subject either."""

from __future__ import annotations

import pytest

from store.facts import extract


def subject(text: str, surface: str) -> str | None:
    return next(f["subject"] for f in extract(text, date="2016-02-28") if f["surface"] == surface)


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("资产负债比率下降2.1个百分点。", "2.1个百分点", "资产负债比率"),
    ("猪粮比价回落2.88%。", "2.88%", "猪粮比价"),
    ("第三产业比重提高1.5个百分点。", "1.5个百分点", "第三产业比重"),
    ("与上年比,第一产业占地区生产总值的比重上升3.82个百分点。", "3.82个百分点", "第一产业占地区生产总值的比重"),
    ("居民收入比上年增长5%。", "5%", "居民收入"),
    ("出口额比一季度高出3.2个百分点。", "3.2个百分点", "出口额"),
])
def test_a_noun_beginning_with_比_is_part_of_the_subject(text: str, surface: str, expected: str) -> None:
    assert subject(text, surface) == expected


def test_an_adverb_before_the_change_is_no_part_of_the_subject() -> None:
    assert subject("推薦香港的比例更高達94%。", "94%") == "推薦香港的比例"


def test_a_share_of_a_region_still_has_its_year() -> None:
    """(占地区生产总值 is no 占地, the ground a building stands on: the period stays)"""
    f = next(f for f in extract("2015年,第一产业占地区生产总值的比重上升3.82个百分点。", date="2016-02-28")
             if f["surface"] == "3.82个百分点")
    assert f["period"] == "2015"
