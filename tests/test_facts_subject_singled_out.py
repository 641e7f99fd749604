"""An item singled out with 以…最高 / 以…居冠 / 以…最多 takes the figures told of it: the breakdown's indicator
carried from before is not theirs (subject_singled_out)."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-08-20")}


@pytest.mark.parametrize(("text", "surface", "item"), [
    ("上月酒店的平均入住率为81.2%,按年增加3.1个百分点;以四星级的最高,达86%,上升4.2个百分点。", "86%", "四星级"),
    ("上月酒店的平均入住率为81.2%,按年增加3.1个百分点;以四星级的最高,达86%,上升4.2个百分点。", "4.2个百分点", "四星级"),
    ("各口岸當中,入境人次以港珠澳大橋最高,有820萬人次,按年上升約12%。", "820萬人次", "港珠澳大橋"),
    ("各口岸當中,入境人次以港珠澳大橋最高,有820萬人次,按年上升約12%。", "約12%", "港珠澳大橋"),
    ("主要訂單來源地區,以東協一五二．三億美元居冠、年增四十一．二％。", "一五二．三億美元", "東協"),
    ("主要訂單來源地區,以東協一五二．三億美元居冠、年增四十一．二％。", "四十一．二％", "東協"),
    ("歐洲訂單以機械產品1,052億美元最多。", "1,052億美元", "機械產品"),
])
def test_the_item_singled_out_takes_its_figures(text: str, surface: str, item: str) -> None:
    assert subjects(text)[surface] == item


def test_a_share_told_of_the_item_is_its_share() -> None:
    got = subjects("各口岸當中,入境人次以港珠澳大橋最高,有820萬人次,佔總入境人次42%。")
    assert (got["42%"] or "").startswith("港珠澳大橋")


def test_a_figure_naming_its_own_subject_keeps_it() -> None:
    got = subjects("今年以来,全省以干旱危害最为严重,受灾面积120万亩。")
    assert got["120万亩"] == "受灾面积"
