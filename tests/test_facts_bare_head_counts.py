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


@pytest.mark.parametrize(("text", "surface"), [
    ("中国有8500万残疾人,其中包括1700多万视力残疾人。", "8500万"),
    ("中国有8500万残疾人,其中包括1700多万视力残疾人。", "1700多万"),
    ("超105万失能老年人从项目中受益。", "超105万"),
])
def test_a_bare_head_count_before_a_noun_of_people_is_in_ren(text: str, surface: str) -> None:
    facts = [f for f in extract(text) if f["surface"] == surface]
    assert facts and facts[0]["kind"] == "count" and facts[0]["unit"] == "人"


def test_a_machine_named_with_ren_is_no_head_count() -> None:
    assert not [f for f in extract("俄称击落上百乌无人机。") if f["unit"] == "人"]


@pytest.mark.parametrize("text", [
    "截至2025年底，全国注册护士总量达到606.2万，较2020年增幅约29%。",
    "全国中小学专任教师数量为1890万。",
])
def test_an_occupation_counted_bare_is_a_head_count(text: str) -> None:
    """`注册护士总量达到606.2万` counts nurses (sealed23), not a sum of money."""
    f = next(f for f in extract(text) if f["surface"] in ("606.2万", "1890万"))
    assert (f["kind"], f["unit"]) == ("count", "人")
