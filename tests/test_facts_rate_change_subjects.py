"""A change of a growth rate is the change of the thing growing (tests/gold/README.md, Conventions:
`增速比2022年加快2.2个百分点` → GDP, never a bare 增速/升幅/涨幅; all 34 such facts of the gold sets
say so).  A user walk on the seed article read `…地区生产总值同比增长5.5%，增速比上半年提高0.4个百分点`
with subject 地区生产总值 as a bug: by the conventions it is right — the points fact is GDP's (its
growth rate's change), and the record says so through its kind (points) and its base (上半年)."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "surface", "subject", "base"), [
    ("前三季度，全市地区生产总值同比增长5.5%，增速比上半年提高0.4个百分点。", "0.4个百分点", "全市地区生产总值", "上半年"),
    ("上半年，全国规模以上工业增加值同比增长6.0%，增速比一季度加快0.2个百分点。", "0.2个百分点",
     "全国规模以上工业增加值", "一季度"),
    ("1-10月，全国居民消费价格同比上涨2.2%，涨幅比一季度扩大0.4个百分点。", "0.4个百分点", "全国居民消费价格", "一季度"),
    ("1月零售業總銷貨價值按年上升百分之5.5，升幅較去年12月放緩1.1個百分點。", "1.1個百分點", "零售業總銷貨價值", None),
])
def test_a_change_of_a_growth_rate_is_the_growing_things(text: str, surface: str, subject: str,
                                                         base: str | None) -> None:
    f = next(f for f in extract(text, date="2025-10-25") if f["surface"] == surface)
    assert f["subject"] == subject and f["kind"] == "points"
    assert f["subject"] not in ("增速", "涨幅", "升幅")
    if base:
        assert f["base"] == base
