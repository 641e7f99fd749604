"""A multiple with a written sign keeps it (tests/gold/README.md, sealed7: `市盈率(TTM)约-25.18倍` is multiple −25.18).

A loss-making company's price-earnings ratio is printed negative; the dash after the ratio's name
(or after 约/为) is its sign, as for `净利润-3.07亿元`.  A dash inside a range (`1-2倍`) is no sign.

Every sentence is written for the test (never copied from a corpus).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def hits(text: str, part: str) -> list[dict]:
    i = text.index(part)
    return [f for f in extract(text, date="2025-06-01") if f["start"] < i + len(part) and f["end"] > i]


SIGNED = [
    ("按最新数据测算,公司市盈率(TTM)约-25.18倍,市净率约4.96倍。", "-25.18倍", -25.18),
    ("该股动态市盈率为-12.5倍,显著低于行业均值。", "-12.5倍", -12.5),
    ("公司本益比-8倍,市場仍看好其轉虧為盈。", "-8倍", -8),
]


@pytest.mark.parametrize(("text", "part", "value"), SIGNED)
def test_a_signed_multiple_is_negative(text: str, part: str, value: float) -> None:
    got = hits(text, part)
    assert [(f["kind"], float(f["value"])) for f in got] == [("multiple", value)]


def test_a_range_of_multiples_has_no_sign() -> None:
    got = hits("预计订单量将增长1-2倍。", "1-2倍")
    assert got and all(float(f["value"]) > 0 for f in got)
