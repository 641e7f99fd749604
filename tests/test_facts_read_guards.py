"""Readings that would give a WRONG figure, and what is read instead:
- a gap narrowed to N:1 is a ratio (城乡居民收入差距缩小到3:1左右), not the count 1;
- 天 opening a name (2018天猫双11, 天津) is no span of days;
- a loss named before a colon keeps its sign (净利润亏损:7,460万元至11,460万元).
Cases are written for this file, not copied from the corpus.
"""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("今年城乡居民收入差距将缩小到3:1左右。", "3:1左右", 3),
    ("城鄉收入差距將縮小至2.5:1。", "2.5:1", 2.5),
    ("城乡居民收入比由2.56:1缩小到2.50:1。", "2.50:1", 2.5),
])
def test_a_gap_written_as_a_ratio_is_a_ratio(text, surface, value):
    f = [f for f in extract(text) if f["surface"] == surface]
    assert f and f[0]["kind"] == "ratio" and f[0]["value"] == value, extract(text)


def test_a_ratio_is_never_read_as_its_second_part():
    assert all(f["value"] != 1 for f in extract("社科院：今年城乡居民收入差距将缩小到3:1左右"))


@pytest.mark.parametrize("text", ["2018天猫双11全球狂欢节落幕。", "2019天津马拉松开跑。"])
def test_a_name_opening_with_tian_is_no_span_of_days(text):
    assert all(f["kind"] != "duration" for f in extract(text))


def test_days_are_still_days():
    f = [f for f in extract("休息3天后再出发。") if f["kind"] == "duration"]
    assert f and f[0]["value"] == 3 and f[0]["unit"] == "天"


@pytest.mark.parametrize(("text", "surface", "low", "high"), [
    ("预计全年扣除非经常性损益后的净利润亏损:7,460万元至11,460万元。", "7,460万元至11,460万元", -114_600_000, -74_600_000),
    ("预计归母净利润亏损：5000万元至8000万元。", "5000万元至8000万元", -80_000_000, -50_000_000),
])
def test_a_loss_before_a_colon_is_negative(text, surface, low, high):
    f = [f for f in extract(text) if f["surface"] == surface][0]
    assert (f["value"], f["value_high"]) == (low, high)
