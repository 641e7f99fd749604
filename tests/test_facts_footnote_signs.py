"""A minus after a footnote mark is the figure's sign (provincial communiqués: `单位地区生产总值综合能耗[3]-3.3%`
is −3.3 %; sealed11 had it as +3.3 %, a sign lost), as a minus after a word or a closing bracket is.
Sentences written for the rule."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("单位地区生产总值综合能耗[3]-3.3%。", "-3.3%", -3.3),
    ("单位GDP能耗[注]-2.1%,规上工业增加值[2]6.5%。", "-2.1%", -2.1),
    ("工业品出厂价格［4］-1.8%。", "-1.8%", -1.8),
])
def test_a_minus_after_a_footnote_mark_is_a_sign(text: str, surface: str, value: float) -> None:
    found = [f for f in extract(text) if f["surface"] == surface]
    assert len(found) == 1, [f["surface"] for f in extract(text)]
    assert found[0]["value"] == value


def test_the_footnote_number_is_no_figure() -> None:
    assert [f["surface"] for f in extract("规上工业增加值[2]6.5%。")] == ["6.5%"]
