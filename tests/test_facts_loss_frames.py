"""A loss stated in Hong Kong and mainland results wording stays negative, whatever frames it:

- 蝕 (蚀) is a loss: `上年同期蝕2,213.6萬元`, `去年蚀8,347.1万元` (but 侵蚀, 腐蚀 are words: no loss);
- a loss that moved: `虧損由上年同期2.09億元,收窄至1.76億元` — the earlier loss and the level it
  moved to are both losses.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def value(text: str, surface: str) -> float:
    got = [f for f in extract(text, date="2024-03-28") if f["surface"] == surface]
    assert len(got) == 1, (surface, [f["surface"] for f in extract(text, date="2024-03-28")])
    return got[0]["value"]


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("虧損擴大至2,632.9萬元,上年同期蝕2,213.6萬元;每股虧損2.34仙。", "2,213.6萬元", -22136000),
    ("亏损扩大至1.18亿元,上年同期蚀8,347.1万元;每股亏损1.18元。", "8,347.1万元", -83471000),
    ("集團去年蝕3.5億港元,今年轉賺。", "3.5億港元", -350000000),
    ("虧損由上年同期2.09億元,收窄至1.76億元,每股虧損7.51仙。", "2.09億元", -209000000),
    ("虧損由上年同期2.09億元,收窄至1.76億元,每股虧損7.51仙。", "1.76億元", -176000000),
    ("公司亏损由去年的5,000万元扩大至8,000万元。", "5,000万元", -50000000),
    ("公司亏损由去年的5,000万元扩大至8,000万元。", "8,000万元", -80000000),
])
def test_a_loss_in_a_results_frame_is_negative(text: str, surface: str, expected: int) -> None:
    assert value(text, surface) == expected


@pytest.mark.parametrize(("text", "surface"), [
    ("海水侵蚀3.2万平方米土地。", "3.2万平方米"),
    ("通胀腐蚀了居民储蓄2,000亿元。", "2,000亿元"),
    ("收入由上年同期2.09億元增加至2.5億元。", "2.5億元"),
])
def test_words_with_蚀_and_moves_of_other_figures_are_no_loss(text: str, surface: str) -> None:
    assert value(text, surface) > 0
