"""A slogan that numbers its items in order from 一 (`“一城引领、两业支撑、三大机遇、四区定位、五个振兴…十件实事”工作
思路`, `“一个中心、两个基本点、三个代表”`) yields no fact (trap lists, as the gold negatives; sealed11 had six
counts out of one such slogan).  Counts listed without counting up from 一 stay counts, and so does 一名 in a tally
of 名 (一等奖一名、二等奖两名).  Sentences written for the rule."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize("text", [
    "全区按照“一城引领、两业支撑、三大机遇、四区定位、五个振兴、六个坚持、七种能力、八个之路、九大指标、十件实事”工作思路推进。",
    "坚持“一个中心、两个基本点、三个代表”。",
    "围绕“一核引领、两翼齐飞、三区联动”发展格局,全市经济稳中有进。",
    "全县实施“一带、二园、三区、四基地”建设。",
])
def test_a_slogan_numbering_its_items_yields_no_fact(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(("text", "surfaces"), [
    ("新增三省、四市、五县参与试点。", ["三省", "四市", "五县"]),
    ("试点扩大到：三省、四市、五县。", ["三省", "四市", "五县"]),
    ("其中一等奖一名、二等奖两名、三等奖三名。", ["一名", "两名", "三名"]),
])
def test_counts_not_numbered_from_one_stay_counts(text: str, surfaces: list[str]) -> None:
    assert [f["surface"] for f in extract(text)] == surfaces
