"""Counts of years and places written with 个 and the noun keep the noun in the unit: `5个年度`, `5個財年`
(durations, as sealed10 and sealed14 label Hong Kong budget years), `第10个半年度` (a rank in 个半年度,
sealed4), and a move in a ranking `提升1个位次` (a rank in 个位次 that rose, as `上升3级`; sealed13)."""

from __future__ import annotations

import pytest

from store.facts import extract


def fact(text: str, surface: str) -> dict:
    found = [f for f in extract(text, date="2025-09-20") if f["surface"] == surface]
    assert len(found) == 1, [f["surface"] for f in extract(text, date="2025-09-20")]
    return found[0]


@pytest.mark.parametrize(("text", "surface", "kind", "unit"), [
    ("陈茂波估计,经营帐目在这5个年度中,每年都会录得赤字。", "5个年度", "duration", "个年度"),
    ("政府由2019/20年度至2024/25年度6年間，有5個財年都錄得赤字。", "5個財年", "duration", "个財年"),
    ("2026年上半年日本贸易逆差达约1.2万亿日元，为连续第10个半年度出现贸易逆差。", "第10个半年度", "rank", "个半年度"),
])
def test_a_count_of_years_keeps_its_noun(text: str, surface: str, kind: str, unit: str) -> None:
    f = fact(text, surface)
    assert (f["kind"], f["unit"]) == (kind, unit)


@pytest.mark.parametrize(("text", "surface", "change"), [
    ("1—8月份,全市规模以上工业增加值增长12.9%,居全省第4位,比1—7月份提升1个位次。", "1个位次", "up"),
    ("其中,8月当月增长4.0%,居全省第5位,比7月份下降2个位次。", "2个位次", "down"),
    ("从全国的第20位提升了10个位次。", "10个位次", "up"),
])
def test_a_move_in_a_ranking_counts_places(text: str, surface: str, change: str) -> None:
    f = fact(text, surface)
    assert (f["kind"], f["unit"], f["change"]) == ("rank", "个位次", change)
