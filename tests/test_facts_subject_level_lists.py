"""Levels told one by one, then compared `分别` (store/facts/subject_level_lists.py): each figure of the list is
its level's, not the last level's for all."""

from __future__ import annotations

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2023-06-01")}


def test_each_figure_of_the_list_is_its_levels() -> None:
    got = subjects("2022年底，全省高速公路里程达到8300公里，铁路营业里程5600公里，"
                   "分别相当于十年前的1.8倍和1.4倍。")
    assert got["1.8倍"] == "全省高速公路里程"
    assert got["1.4倍"] == "铁路营业里程"


def test_a_list_naming_its_own_items_is_left_alone() -> None:
    got = subjects("全年粮食产量650亿斤，油料产量30亿斤，小麦、玉米分别增长2.1%和3.4%。")
    assert got["2.1%"] != "粮食产量"


def test_more_figures_than_levels_are_not_paired() -> None:
    got = subjects("全年安全飞行1382万小时，保障航班538万架次，旅客运输量7.3亿人次，同比分别增长13.2%、9.3%和18%。")
    assert got["13.2%"] != "航班"
