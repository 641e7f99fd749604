"""Hong Kong yearly interest rates written in 厘 are percent (tests/gold/README.md, sealed7: `5厘` is percent 5).

厘 is a percent only after a yearly rate's name in the same clause; a monthly rate (mainland `月息3厘`,
a tenth of a percent), a spread in a formula (`P减2.5厘`) and lengths in 厘米 are no such rate.

Every sentence is written for the test (never copied from a corpus).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def hits(text: str, part: str) -> list[dict]:
    i = text.index(part)
    return [f for f in extract(text, date="2025-06-01") if f["start"] < i + len(part) and f["end"] > i]


RATES = [
    ("金融管理局今日宣布,基本利率上调25基点至5厘,即时生效。", "5厘", 5),
    ("金管局宣佈基本利率下調至4.75釐,即時生效。", "4.75釐", 4.75),
    ("該銀行定期存款年息3.8厘,為全港最高。", "3.8厘", 3.8),
    ("目前按揭息率約為3.5厘。", "3.5厘", 3.5),
]


@pytest.mark.parametrize(("text", "part", "value"), RATES)
def test_a_yearly_rate_in_li_is_percent(text: str, part: str, value: float) -> None:
    got = hits(text, part)
    assert [(f["kind"], float(f["value"]), f["unit"]) for f in got] == [("percent", value, "%")]


NOT_RATES = [
    ("这笔民间借贷约定月息3厘。", "3厘"),
    ("新造按揭的實際息率為P減2.5厘。", "2.5厘"),
]


@pytest.mark.parametrize(("text", "part"), NOT_RATES)
def test_li_outside_a_yearly_rate_is_no_percent(text: str, part: str) -> None:
    assert all(f["kind"] != "percent" for f in hits(text, part))


def test_centimetres_stay_lengths() -> None:
    got = hits("受降雪影响,部分地区积雪深达15厘米,交通受阻。", "15厘米")
    assert [(f["kind"], f["unit"]) for f in got] == [("quantity", "厘米")]


def test_a_rate_named_before_the_clause_of_its_move_is_percent() -> None:
    text = "隔夜拆息回升至1.81厘,用作按息基準的一個月拆息,由1.88厘升至逾1.984厘。"
    for part, value in (("1.88厘", 1.88), ("1.984厘", 1.984)):
        f = hits(text, part)
        assert f and f[0]["kind"] == "percent" and f[0]["unit"] == "%" and float(f[0]["value"]) == value
    assert hits(text, "1.984厘")[0]["qualifier"] == "逾"


@pytest.mark.parametrize(("text", "part", "value"), [
    ("美國10年期債息升至4.6厘,兩年期債息報4.2厘。", "4.6厘", 4.6),
    ("美國10年期債息升至4.6厘,兩年期債息報4.2厘。", "4.2厘", 4.2),
    ("聯儲局減息25個基點至4.25厘至4.5厘。", "4.25厘", 4.25),
    ("金管局跟隨加息至5.75厘。", "5.75厘", 5.75),
])
def test_a_bond_yield_or_a_rate_move_level_in_li_is_percent(text: str, part: str, value: float) -> None:
    """債息 is a bond's yield; 加息/減息…至N厘 names the level the move reached (found27)."""
    f = hits(text, part)
    assert f and f[0]["kind"] == "percent" and f[0]["unit"] == "%" and float(f[0]["value"]) == value
