"""A 分别 list over periods (`各季分別為…`, `各季度分别增长…`) is a list of the indicator named before it.

The words before 分别 name the quarters or months the items stand for, not what was measured: each
item takes the indicator of the sentence's figure before the list, and none when there is no such
figure (a quarter is no indicator).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-11-28")
            if f["kind"] not in ("date", "year", "duration")}


@pytest.mark.parametrize(("text", "indicator", "items"), [
    ("2025年全年GDP成長率為4.45%，各季分別為第1季5.45%、第2季8.01%、第3季2.91%、第4季1.72%。",
     "GDP成長率", ("5.45%", "8.01%", "2.91%", "1.72%")),
    ("展望2026年，經濟成長率預估為2.81%，各季分別為2.39%、0.46%、3.52%、4.82%。",
     "經濟成長率", ("2.39%", "0.46%", "3.52%", "4.82%")),
    ("今年规模以上工业增加值增长5.8%，各季度分别增长6.1%、5.7%、5.5%和5.9%。",
     "规模以上工业增加值", ("6.1%", "5.7%", "5.5%", "5.9%")),
])
def test_items_over_periods_are_the_indicators(text: str, indicator: str, items: tuple[str, ...]) -> None:
    got = _subjects(text)
    for s in items:
        assert got[s] == indicator, (s, got)


def test_a_list_over_periods_with_no_indicator_before_it_has_no_subject() -> None:
    got = _subjects("各月分别为3.1%、2.9%。")
    assert got["3.1%"] is None and got["2.9%"] is None
