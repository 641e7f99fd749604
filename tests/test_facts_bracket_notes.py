"""A ratio defined in brackets is named without its definition (tests/gold/README.md: the subject
is the measured indicator): `資產負債比率(以債務淨額除以股本總額加債務淨額)為200%` → 資產負債比率, never
the name cut inside the bracket; an abbreviation in brackets (`广义货币（M2）余额`) stays."""

from __future__ import annotations

import pytest

from store.facts import extract


def subject(text: str, surface: str) -> str | None:
    return next(f["subject"] for f in extract(text, date="2025-03-28") if f["surface"] == surface)


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("資產負債比率(以債務淨額除以股本總額加債務淨額)為200%(2023年:173%)。", "200%", "資產負債比率"),
    ("資產負債比率(以債務淨額除以股本總額加債務淨額)為200%(2023年:173%)。", "173%", "資產負債比率"),
    ("资产负债比率（以债务净额除以股本总额计算）为45%。", "45%", "资产负债比率"),
    ("資產負債比率（按債務淨額除以總資本計算）為38%。", "38%", "資產負債比率"),
])
def test_a_defined_ratio_is_named_without_its_definition(text: str, surface: str, expected: str) -> None:
    assert subject(text, surface) == expected


def test_an_abbreviation_in_brackets_stays() -> None:
    assert subject("11月末，广义货币（M2）余额264.7万亿元。", "264.7万亿元") == "广义货币（M2）余额"
