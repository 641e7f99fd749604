"""A level cut to nothing, written bare (`准备金率从20%下调至0`, `进口分别由6.4万吨和0.2万吨下降至0`, `增长预期从1.6%下调至零`):
the 0 is the level reached, in the unit of the figure it fell from, as sealed12 and sealed14 label it; in a 分别 list
it is one level both items reached and leaves the items their own figures.  A bare 0 with no such figure before it
stays none.  Sentences written for the rule."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "surface", "want"), [
    ("将远期售汇业务的外汇风险准备金率从20%下调至0。", "0", ("percent", 0, "%")),
    ("意大利经济增长预期从早前的1.6%下调至零。", "零", ("percent", 0, "%")),
    ("民营企业、外商投资企业进口分别由去年同期的6.4万吨和0.2万吨下降至0。", "0", ("quantity", 0, "吨")),
])
def test_a_level_cut_to_nothing_is_zero_in_the_unit_it_fell_from(text: str, surface: str, want: tuple) -> None:
    assert [(f["kind"], f["value"], f["unit"]) for f in extract(text) if f["surface"] == surface] == [want]


def test_the_zero_leaves_a_lists_items_their_subjects() -> None:
    got = {f["surface"]: f["subject"] for f in extract("民营企业、外商投资企业进口分别由去年同期的6.4万吨和0.2万吨下降至0。")}
    assert got["6.4万吨"].startswith("民营企业") and got["0.2万吨"].startswith("外商投资企业")


@pytest.mark.parametrize("text", ["确诊病例降至0。", "比分为0。"])
def test_a_bare_zero_with_nothing_it_fell_from_is_no_figure(text: str) -> None:
    assert not [f for f in extract(text) if f["surface"] in ("0", "零")]
