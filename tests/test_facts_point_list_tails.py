"""A 分别 list whose items each carry 个 before one shared 百分点 gives every item in points
(tests/gold/README.md, sealed7: `分別下降0.2個、下降0.6個、提高0.8個百分點` → 0.2, 0.6, 0.8 points).

Each item may repeat its verb (`下降0.2个、下降0.6个、提高0.8个百分点`), in either script; a count list
(`新建2个、改建3个项目`) stays a count.

Every sentence is written for the test (never copied from a corpus).
"""

from __future__ import annotations

import pytest

from store.facts import extract

LISTS = [
    ("三次产业占比较上年分别下降0.2个、下降0.6个、提高0.8个百分点。", ["0.2个", "0.6个", "0.8个百分点"]),
    ("三次產業占比較上年分別下降0.2個、下降0.6個、提高0.8個百分點。", ["0.2個", "0.6個", "0.8個百分點"]),
    ("三地指标分别下降0.3个、0.5个和1.1个百分点。", ["0.3个", "0.5个", "1.1个百分点"]),
    ("两地失业率分别提高1.2个和0.4个百分点。", ["1.2个", "0.4个百分点"]),
]


@pytest.mark.parametrize(("text", "surfaces"), LISTS)
def test_every_item_of_the_list_is_points(text: str, surfaces: list[str]) -> None:
    got = [(f["surface"], f["kind"]) for f in extract(text, date="2025-06-01") if f["kind"] != "date"]
    assert got == [(s, "points") for s in surfaces]


def test_a_count_list_stays_counts() -> None:
    got = [(f["surface"], f["kind"]) for f in extract("今年新建2个、改建3个项目。", date="2025-06-01")]
    assert got == [("2个", "count"), ("3个", "count")]
