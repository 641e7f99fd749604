"""A price's bound is read across its denominator, and Hong Kong's words for a level broken through are bounds.

`金价突破每盎司4100美元` had no qualifier (每盎司 stands between the bound and the number), so a filter `<4100美元`
found a price above it; `金價升穿4,100美元`, `恒指跌穿25000點` (升穿/跌穿: Hong Kong's 涨破/跌破) had none either.
"""

from __future__ import annotations

import pytest

from store.facts import extract
from store.search.qualified import ABOVE, BELOW, ON_THE_LINE


def _only(text: str) -> dict:
    facts = [f for f in extract(text) if f["kind"] not in ("date", "year")]
    assert len(facts) == 1, facts
    return facts[0]


@pytest.mark.parametrize(("text", "qualifier", "unit"), [
    ("金价突破每盎司4100美元。", "突破", "美元/盎司"),
    ("布伦特原油跌破每桶60美元。", "跌破", "美元/桶"),
    ("螺纹钢价格超过每吨3000元。", "超过", "元/吨"),
    ("現貨金一度升穿每盎司4,100美元。", "升穿", "美元/盎司"),
])
def test_a_bound_before_the_denominator_bounds_the_price(text: str, qualifier: str, unit: str) -> None:
    fact = _only(text)
    assert (fact["qualifier"], fact["unit"]) == (qualifier, unit)
    assert text[fact["start"]:fact["end"]] == fact["surface"]


def test_hong_kongs_broken_through_levels_are_bounds_on_their_side() -> None:
    assert _only("金價升穿4,100美元。")["qualifier"] == "升穿" and "升穿" in ABOVE
    fell = _only("恒指一度跌穿兩萬五千點。")
    assert (fell["qualifier"], fell["value"]) == ("跌穿", 25000)
    assert "跌穿" in BELOW and "跌穿" in ON_THE_LINE


def test_a_rate_kept_unchanged_is_the_rates_in_either_script() -> None:
    # 不變 after the figure was read as the noun it measures
    assert _only("滙豐最優惠利率維持5.25厘不變。")["subject"] == "滙豐最優惠利率"
    assert _only("最优惠利率维持5.25%不变。")["subject"] == "最优惠利率"
