"""A span of one with 多 is a measured duration (tests/gold/README.md, sealed7: `一个多小时` is 1 小时, qualifier 多).

`一个多小时`, `一个多月`, `一年多` measure how long something took; 多 is never written after an article
(`一年一度` stays no figure).

Every sentence is written for the test (never copied from a corpus).
"""

from __future__ import annotations

import pytest

from store.facts import extract

SPANS = [
    ("经过一个多小时的紧张抢修,线路恢复供电。", "一个多小时", "小时"),
    ("經過一個多小時的搶修,道路重新開放。", "一個多小時", "小时"),
    ("志愿者们忙碌了一个多月,终于完成了普查。", "一个多月", "个月"),
    ("项目建设历时一年多,现已投入使用。", "一年多", "年"),
]


@pytest.mark.parametrize(("text", "surface", "unit"), SPANS)
def test_a_span_of_one_with_duo_is_a_duration(text: str, surface: str, unit: str) -> None:
    got = [(f["surface"], f["kind"], float(f["value"]), f["unit"], f["qualifier"])
           for f in extract(text, date="2025-06-01") if f["kind"] == "duration"]
    assert got == [(surface, "duration", 1.0, unit, "多")]


def test_an_article_one_stays_no_figure() -> None:
    assert [f for f in extract("一年一度的灯会如期举行。", date="2025-06-01") if f["kind"] == "duration"] == []
