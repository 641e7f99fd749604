"""A ranking told right after a name's figure (store/facts/subject_rank_fragments.py): the figure and the place are
the name's, never the ranking verb's fragment (排第三, 居各業) — a list ranked by name gives each figure its name."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-10-20")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("各區中,油尖旺人均面積最小,深水埗3.92萬元排第三,按年少200元。", "3.92萬元", "深水埗"),
    ("製造業平均為46,115元，其中以電力及燃氣供應業68,204元居各業之冠。", "68,204元", "電力及燃氣供應業"),
])
def test_a_figure_ranked_after_its_name_is_the_names(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_the_place_ranked_is_the_names_too() -> None:
    got = subjects("各區中,油尖旺人均面積最小,深水埗3.92萬元排第三,按年少200元。")
    assert got["第三"] == "深水埗"


@pytest.mark.parametrize("text", ["该县居民人均可支配收入3.1万元，居全省第一。", "以色列70亿元居各国之冠。"])
def test_a_name_is_never_cut_inside(text: str) -> None:
    got = subjects(text)
    assert all(s is None or not s.startswith(("排第", "居各", "居全")) for s in got.values())
    assert "色列" not in got.values()
