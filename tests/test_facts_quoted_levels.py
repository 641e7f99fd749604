"""Index levels stated bare are index figures (tests/gold/README.md: `index` for index values):
差估署's releases give each class's level after 報 (`最新報182.5,按月跌0.44%`, `單位報154.7`,
`最新報147,連升3個月`), the month compared with after 對比…的 (`租金指數報179.5,對比9月的179`), and a
class's level in brackets before the index's name (`甲类(107.54)及乙类(105.41)消费物价指数`); sealed17's
public part labels all of them.  A word ending in 报 (举报, 日报) quotes no level.  Sentences written for
the rules, in the register of Hong Kong and Macao releases."""

from __future__ import annotations

import pytest

from store.facts import extract

LEVELS = [
    ("按面積劃分,面積431至743方呎的單位,最新報182.5,按月跌0.44%。", "182.5"),
    ("面積431方呎以下的細單位,目前報198.9,按月跌0.01%。", "198.9"),
    ("面積753至1075方呎單位報154.7,按月升1.05%。", "154.7"),
    ("面積1076至1721方呎單位,按月升0.41%,最新報147,連升3個月。", "147"),
    ("上月租金指數報179.5,對比9月的179,按月升0.28%。", "179"),
    ("甲類(107.54)及乙類(105.41)消費物價指數按年分別上升3.83%及2.89%。", "107.54"),
    ("甲類(107.54)及乙類(105.41)消費物價指數按年分別上升3.83%及2.89%。", "105.41"),
]


@pytest.mark.parametrize(("text", "surface"), LEVELS)
def test_a_bare_level_quoted_in_an_index_release_is_an_index(text: str, surface: str) -> None:
    facts = [f for f in extract(text) if f["surface"] == surface]
    assert facts and facts[0]["kind"] == "index" and facts[0]["unit"] is None


@pytest.mark.parametrize("text", [
    "市民可拨打热线举报12345,",
    "据人民日报2023,",
    "該公司(2388)股價上升。",
])
def test_a_word_ending_in_bao_or_a_code_in_brackets_is_no_level(text: str) -> None:
    assert not [f for f in extract(text) if f["kind"] == "index"]
