"""A count written before its noun measures the noun (store/facts/subject_noun_after.py)."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2024-08-15")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("全省超3000家企业启动了智能化改造。", "超3000家", "企业"),
    ("由12名专家组成的宣讲团赴各地宣讲。", "12名", "专家"),
    ("我国自主建造的3艘24万吨级超大型油轮近日交付。", "3艘", "超大型油轮"),
])
def test_a_count_before_its_noun_measures_the_noun(text: str, surface: str, expected: str) -> None:
    got = subjects(text)
    assert got.get(surface) == expected or got.get(surface.lstrip("超")) == expected


def test_a_share_keeps_its_whole_name() -> None:
    assert subjects("该品牌市场占有率达到21.4%。")["21.4%"].endswith("市场占有率")


def test_a_count_of_items_growing_and_a_group_of_organisations_keep_their_words() -> None:
    got = subjects("41个工业大类行业中35个行业增加值实现增长，同100多个国家和国际组织开展合作。")
    assert got["35个"] == "行业增加值实现增长"
    assert got["100多个"] == "国家和国际组织"
