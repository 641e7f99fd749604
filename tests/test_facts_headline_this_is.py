"""A figure standing alone before 这是 measures what 这是 names, after a comma or an exclamation
mark (tests/gold/README.md: `114.4万亿元，这是…国内生产总值`)."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-06-15")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("471495亿元！这是2023年我国社会消费品零售总额，比上年增长7.2%。", "471495亿元", "我国社会消费品零售总额"),
    ("约95万亿元！这是前三季度我国经济总量。", "约95万亿元", "我国经济总量"),
    ("3745.1亿元！这是今年前9个月农产品网络零售额，同比增长。", "3745.1亿元", "农产品网络零售额"),
    ("114.4万亿元，这是中国2021年的国内生产总值。", "114.4万亿元", "国内生产总值"),
])
def test_a_figure_before_this_is_measures_what_it_names(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected
