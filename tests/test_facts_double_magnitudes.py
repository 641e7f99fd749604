"""亿亿 is one magnitude, 10^16 (supercomputer speeds and cosmic-ray energies are written so): `每秒20亿亿次`
is 2×10^17 operations, not 20亿 with a stray 亿 after it; `30百亿亿次` is 3×10^19."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    # (a count per second takes the second as its denominator, as a count per day does)
    ("“天河”超级计算机系统实现每秒20亿亿次运算。", "20亿亿次", 2 * 10**17, "次/秒"),
    ("京津冀的数据中心运算能力达到每秒19.6亿亿次。", "19.6亿亿次", 196 * 10**15, "次/秒"),
    ("电信运营商全网智算规模超过每秒30百亿亿次浮点运算。", "30百亿亿次", 3 * 10**19, "次/秒"),
    ("观测站首次认证了能量高于1亿亿电子伏特的宇宙线。", "1亿亿电子伏特", 10**16, "电子伏特"),
])
def test_yi_yi_is_one_magnitude(text: str, surface: str, value: int, unit: str) -> None:
    f = next(f for f in extract(text) if surface in f["surface"])
    assert (f["value"], f["unit"]) == (value, unit)


def test_two_yi_apart_are_two_figures() -> None:
    got = [f["surface"] for f in extract("收入2亿元，亿万家庭受益。")]
    assert got == ["2亿元"]
