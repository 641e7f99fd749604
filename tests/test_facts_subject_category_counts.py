"""A count or share opening its clause and told to be a category (为/是 + a noun phrase) is the category's.

The group told before (57家公司, 430亿千瓦时电能) was carried to the figure; what it counts is the part of the group
that the clause names.
"""

from __future__ import annotations

from store.facts import extract


def _subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2026-01-27") if f["kind"] not in ("date", "year")}


def test_firms_counted_into_categories_are_the_categories() -> None:
    got = _subjects("在这其中,57家公司预告将出现亏损,其中42家为续亏企业,15家则为首次亏损。")
    assert got["57家"] == "公司"
    assert got["42家"] == "续亏企业"
    assert got["15家"] == "首次亏损"


def test_a_share_told_to_be_a_kind_is_the_kinds() -> None:
    got = _subjects("2029年全面投运后，每年可向粤港澳大湾区输送超430亿千瓦时电能，100%为清洁能源。")
    assert got["100%"] == "清洁能源"


def test_a_share_told_by_its_source_or_a_level_keeps_its_group() -> None:
    got = _subjects("野草的经费６０％来自基金会赞助，另外４０％是通过策划项目赚来的。")
    assert got["４０％"] != "通过策划项目赚来的"
    got = _subjects("出口额同比增长5%，12%为近年来最高。")
    assert got["12%"] != "近年来最高"
