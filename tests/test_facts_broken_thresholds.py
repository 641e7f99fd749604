"""A threshold broken through, up or down (`衝破`, `冲破`, `漲破`, `跌破`, `下破`), is the figure's qualifier as
`突破` is, with Arabic digits as with a bare magnitude, and stays outside the surface (the gold sets label
`衝破每盎司4200美元`, `跌破3万亿美元`, `下破2%` so). `破` alone bounds only a bare magnitude (`破万亿`): before digits
it may be a verb of its own (`打破3项纪录`)."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "surface", "qualifier"), [
    ("今年營收衝破1000億元。", "1000億元", "冲破"),
    ("营收冲破千亿元。", "千亿元", "冲破"),
    ("金價跌破2000美元。", "2000美元", "跌破"),
    ("10年期国债收益率下破2%。", "2%", "下破"),
    ("外汇储备跌破3万亿美元。", "3万亿美元", "跌破"),
])
def test_a_threshold_broken_through_qualifies_the_figure(text: str, surface: str, qualifier: str) -> None:
    f = next(f for f in extract(text) if f["surface"] == surface)
    assert f["qualifier"] == qualifier


def test_the_verb_before_the_threshold_is_no_part_of_the_subject() -> None:
    assert next(f for f in extract("營收衝破千億元。") if f["kind"] == "money")["subject"] == "營收"


def test_breaking_records_is_no_bound() -> None:
    f = next(f for f in extract("他在本届比赛中打破3项纪录。") if f["value"] == 3)
    assert f.get("qualifier") is None


@pytest.mark.parametrize("text", ["日元对美元汇率一度跌破160:1。", "美元指数今天跌破99关口。"])
def test_a_threshold_broken_makes_no_bare_number_a_figure(text: str) -> None:
    assert [f for f in extract(text) if f["kind"] in ("count", "quantity")] == []
