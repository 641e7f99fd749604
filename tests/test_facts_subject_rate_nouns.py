"""A rate recorded as a noun names the thing measured, not the rate (Hong Kong releases:
`貨品出口總額按年錄得9.7%的實質跌幅`, tests/gold/README.md: never a bare 升幅/跌幅); a rate
compared with an earlier one (`跌幅遠高過去年第4季的2.5%`) is the same thing's; a rate
recorded before `後，` is of what the next clause names."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2020-05-04")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("首季貨品出口總額按年錄得9.7%的實質跌幅,跌幅遠高過去年第4季的2.5%。", "9.7%", "貨品出口總額"),
    ("首季貨品出口總額按年錄得9.7%的實質跌幅,跌幅遠高過去年第4季的2.5%。", "2.5%", "貨品出口總額"),
    ("2015年全年合計,製造業的淨產值錄得1.0%的實質跌幅。", "1.0%", "製造業的淨產值"),
    ("零售業總銷貨價值錄得3.2%的按年升幅。", "3.2%", "零售業總銷貨價值"),
    ("服务输出录得5.3%的实质增幅。", "5.3%", "服务输出"),
])
def test_a_rate_noun_after_the_figure_is_no_subject(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("政府指出，繼今年7月份錄得14.3%的按年升幅後，8月份商品整體出口貨值為4,366億元，按年上升14.5%。",
     "14.3%", "商品整體出口貨值"),
    ("入口方面，繼7月份錄得16.5%的按年升幅後，8月份商品進口貨值為4,620億元。", "16.5%", "商品進口貨值"),
])
def test_a_rate_recorded_before_hou_is_of_the_next_clause(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("27%的受访者表示满意。", "27%", "受访者"),
    ("约30%的增长来自出口。", "约30%", None),
])
def test_other_nouns_after_de_stay(text: str, surface: str, expected: str | None) -> None:
    got = subjects(text).get(surface)
    assert got == expected or expected is None and got != "增长"
