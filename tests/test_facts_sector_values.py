"""A sector's value added is the sector's: in a communiqué's list of sectors
(`第一产业实现增加值…;第二产业实现增加值…`) a bare `增加值` would make every item read the same.
The subject is the sector with the indicator (`第三产业增加值`), for the figure, its growth and its
share; a clause without a named industry keeps the bare indicator."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-03-20")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("其中:第一产业实现增加值22.42亿元,增长3.1%;第二产业实现增加值21.11亿元,增长5.3%。", "22.42亿元", "第一产业增加值"),
    ("其中:第一产业实现增加值22.42亿元,增长3.1%;第二产业实现增加值21.11亿元,增长5.3%。", "5.3%", "第二产业增加值"),
    ("全年地区生产总值3193.1亿元,其中,第三产业实现增加值 3100.4 亿元,增长 7.7%,占全区经济总量的 97.1%。",
     "7.7%", "第三产业增加值"),
    ("全年地区生产总值3193.1亿元,其中,第三产业实现增加值 3100.4 亿元,增长 7.7%,占全区经济总量的 97.1%。",
     "97.1%", "第三产业增加值占全区经济总量"),
    ("从主要行业看,金融业是占比最大的行业,实现增加值946.9亿元,增长7.7%。", "946.9亿元", "金融业增加值"),
    ("一季度中央企业累计实现增加值2.6万亿元。", "2.6万亿元", "中央企业增加值"),
    ("全年海洋渔业实现增加值4880亿元。", "4880亿元", "海洋渔业增加值"),
    ("全省北斗产业实现产值610亿元，其中核心产业实现产值超600亿元。", "超600亿元", "核心产业产值"),
    ("前三季度，全市規模以上工業實現增加值1,203億元，增長5.1%。", "5.1%", "全市規模以上工業增加值"),
])
def test_a_sectors_value_added_is_the_sectors(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_no_industry_named_keeps_the_indicator() -> None:
    got = subjects("全市实现增加值120亿元,增长6%。")
    assert got["120亿元"] == "增加值"
    assert got["6%"] == "增加值"


def test_the_sector_reaches_no_further_than_its_item() -> None:
    got = subjects("第二产业实现增加值21.11亿元,增长5.3%;全年地区生产总值94.96亿元。")
    assert got["94.96亿元"] == "地区生产总值"
