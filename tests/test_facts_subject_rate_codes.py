"""A rate named only by its code (`yoy`, `saar`: Taiwan 主計總處 releases) is the rate of the
indicator written before the code (blind gold: 實質GDP), and the figures after it that kept
the code take the indicator too."""

from __future__ import annotations

import pytest

from store.facts import extract

RELEASE = "(二)112年第2季實質GDP初步統計yoy為1.36%(7月概估數為1.45%),經季節調整後對上季增率折成年率(saar)為5.62%。"


@pytest.mark.parametrize(("text", "surface", "expected"), [
    (RELEASE, "1.36%", "實質GDP"),
    (RELEASE, "1.45%", "實質GDP"),
    (RELEASE, "5.62%", "實質GDP"),
    ("第3季民間消費yoy為2.15%。", "2.15%", "民間消費"),
])
def test_a_coded_rate_is_the_indicators(text: str, surface: str, expected: str) -> None:
    got = {f["surface"]: f["subject"] for f in extract(text, date="2023-08-31")}
    assert got[surface] == expected
