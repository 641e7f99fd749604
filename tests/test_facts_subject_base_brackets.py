"""A base with its own figure in brackets (较一季度(-10.8%), 高于全国(3.9%)) is a comparison, not a list of items
each with its figure: the change told after it stays the indicator's (subject_bracket_lists)."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-08-06")}


@pytest.mark.parametrize(("text", "surface", "indicator"), [
    ("二季度全县地区生产总值增长-3.2%,较一季度(-6.4%)回升3.2个百分点。", "3.2个百分点", "地区生产总值"),
    ("二季度全县地区生产总值增长-3.2%,较一季度(-6.4%)回升3.2个百分点。", "-6.4%", "地区生产总值"),
    ("1-9月,全区规上工业增加值同比增长6.8%,累计增速高于全国(5.2%)1.6个百分点。", "1.6个百分点", "规上工业增加值"),
])
def test_a_bracketed_base_figure_is_no_list_item(text: str, surface: str, indicator: str) -> None:
    assert indicator in (subjects(text)[surface] or "")
