"""A decimal right after the name of a ratio or coefficient is that measure's value (kind index),
even when a word follows it: company risk notes write `流动比率1.54尚在安全线以上`."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("流动比率1.54尚在安全线以上,但速动比率1.15显示短期偿债能力承压。", "1.54", "流动比率"),
    ("流动比率1.54尚在安全线以上,但速动比率1.15显示短期偿债能力承压。", "1.15", "速动比率"),
    ("基尼系数0.465仍处高位。", "0.465", "基尼系数"),
    ("消费者信心指数47.6显示信心不足。", "47.6", "消费者信心指数"),
])
def test_the_decimal_is_the_measures_value(text: str, surface: str, subject: str) -> None:
    facts = {f["surface"]: f for f in extract(text, date="2025-03-01")}
    assert (facts[surface]["kind"], facts[surface]["subject"]) == ("index", subject)


@pytest.mark.parametrize(("text", "surface"), [("指数1.5倍于上年。", "1.5倍"), ("系数1调整后公布。", "1")])
def test_a_multiple_or_a_whole_number_is_not_read_so(text: str, surface: str) -> None:
    assert not [f for f in extract(text, date="2025-03-01") if f["kind"] == "index" and f["surface"] == surface]
