"""A bare figure compared with one the sentence measured before it is in that figure's unit
(`錄得1.94億人次…比2018年的1.79億`, `3294万人，超3000万`), and bare Chinese numerals listed after a
百分之 figure are percents (`分別佔百分之四十一、二十四點一及十三點五`).  Sentences written for the rules."""

from __future__ import annotations

import pytest

from store.facts import extract


def facts_of(text: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date="2025-06-16")}


@pytest.mark.parametrize(("text", "surface", "kind", "unit"), [
    ("全年各口岸共錄得1.62億人次出入境,比2023年的1.41億增加了約15%。", "1.41億", "count", "人次"),
    ("全年入境旅客錄得2,850萬人,較上年的2,410萬上升約18%。", "2,410萬", "count", "人"),
    ("首九月博彩收益达五百二十亿元,比去年同期四百一十亿升百分之二十六。", "四百一十亿", "money", "元"),
    ("全省农民工务工规模达1520万人，超1500万目标任务。", "超1500万", "count", "人"),
])
def test_a_compared_bare_figure_takes_the_measured_figures_unit(text, surface, kind, unit) -> None:
    f = facts_of(text)[surface]
    assert (f["kind"], f["unit"]) == (kind, unit)


@pytest.mark.parametrize(("text", "surface"), [
    ("标准浏览量达1亿多次 下载量超2400万 ,用户好评。", "超2400万"),
])
def test_a_bare_figure_of_another_thing_keeps_no_unit(text, surface) -> None:
    assert not facts_of(text)[surface].get("unit")


def test_a_step_reached_is_no_count_of_machines() -> None:
    f = facts_of("全省经济总量站上6万亿台阶。")["6万亿"]
    assert f["unit"] != "台"


@pytest.mark.parametrize(("text", "surfaces"), [
    ("旅客多經三個口岸進出,分別佔百分之四十二、二十三點五及十二點八。", ["二十三點五", "十二點八"]),
    ("三地分别占百分之二十点五、三十点一和四十九点四。", ["三十点一", "四十九点四"]),
])
def test_percent_written_once_before_a_list_is_every_items(text, surfaces) -> None:
    fs = facts_of(text)
    assert [(fs[s]["kind"], fs[s]["unit"]) for s in surfaces] == [("percent", "%")] * len(surfaces)
