"""A list of bare numbers closed by one figure with a magnitude shares the magnitude
(and the unit): 分别为1.80、1.88和1.58万亿元 is three sums of trillions.

Read without it, 1.80 would be stored as 1.8 元 — wrong by twelve places, which is
worse than no figure.  Cases are written for this file, not copied from the corpus.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _values(text: str) -> dict[str, tuple]:
    return {f["surface"]: (f["value"], f["unit"], f["kind"]) for f in extract(text)}


@pytest.mark.parametrize(("text", "want"), [
    ("国债、地方债、政策性金融债分别为1.80、1.88和1.58万亿元。",
     {"1.80": 1_800_000_000_000, "1.88": 1_880_000_000_000, "1.58万亿元": 1_580_000_000_000}),
    ("三季度三项债券发行量分别为 2.1、 1.6 和 0.9 万亿元。",
     {"2.1": 2_100_000_000_000, "1.6": 1_600_000_000_000, "0.9 万亿元": 900_000_000_000}),
    ("两家公司的营收分别为12、15和18亿元。", {"12": 1_200_000_000, "15": 1_500_000_000, "18亿元": 1_800_000_000}),
    ("对美、欧、日出口分别为3.2、4.5和5.1亿美元。", {"3.2": 320_000_000, "4.5": 450_000_000, "5.1亿美元": 510_000_000}),
    ("小麦、玉米产量分别为1.4和2.9万吨。", {"1.4": 14_000, "2.9万吨": 29_000}),
    ("三地分别接待游客5、6和7千万人次。", {"5": 50_000_000, "6": 60_000_000, "7千万人次": 70_000_000}),
])
def test_items_before_the_last_share_its_magnitude(text, want):
    got = _values(text)
    for surface, value in want.items():
        assert surface in got, f"{surface!r} not read: {sorted(got)}"
        assert got[surface][0] == value, (surface, got[surface])


def test_shared_items_keep_the_unit_and_kind_of_the_last():
    got = _values("国债、地方债分别为1.80和1.58万亿元。")
    assert got["1.80"][1:] == ("元", "money")


@pytest.mark.parametrize(("text", "want"), [
    # items with their own magnitude keep it
    ("预收款分别为4.13亿、5.59亿、6.72亿元。", {"4.13亿": 413_000_000, "5.59亿": 559_000_000}),
    # no magnitude on the last item: nothing to share
    ("三项指标分别增长3.2、4.5和5.1个百分点。", {"3.2": 3.2, "4.5": 4.5}),
    ("两地房价分别为8000和12000元/平方米。", {"8000": 8000}),
])
def test_a_list_without_a_shared_magnitude_is_read_as_written(text, want):
    got = _values(text)
    for surface, value in want.items():
        assert got[surface][0] == value, (surface, got[surface])


@pytest.mark.parametrize("text", [
    "养老金个人账户“空账”已经超过２　．２万亿元。",
    "缺口约３ ．５亿元。",
])
def test_a_number_broken_before_its_decimal_point_is_not_read_as_its_integer_part(text):
    # 2 or 3 (the digits before the break) would be a wrong figure; none is better
    assert all(f["value"] not in (2, 3) for f in extract(text))
