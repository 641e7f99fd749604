"""Denominators written before a figure in wording the plain `每桶…美元` rule missed (tests/gold/README.md, sealed7).

- a dividend per lot named as a 股利 or 股息 (`每10股派发现金股利1元`) is 元/10股, as `每10股派0.23元`;
- a change per unit of area or weight (`比上年每亩增加10.4公斤`, `每吨提高205元`) keeps the denominator
  its level has (`每亩144.8公斤` is 公斤/亩);
- Taiwan gold prices per 錢 (`每錢15,480元` → 元/錢) and weights in 台兩 (`10台兩黃金` is 10 台两, no count of 台).

Every sentence is written for the test (never copied from a corpus).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def hits(text: str, part: str) -> list[dict]:
    i = text.index(part)
    return [f for f in extract(text, date="2025-06-01") if f["start"] < i + len(part) and f["end"] > i]


UNITS = [
    ("公司拟每10股派发现金股利1元(含税)。", "1元", "元/10股"),
    ("董事會建議每10股派發現金股息2.8元。", "2.8元", "元/10股"),
    ("全省单产每亩152.6公斤,比上年每亩增加10.4公斤。", "10.4公斤", "公斤/亩"),
    ("汽油价格每吨提高205元,柴油每吨提高195元。", "205元", "元/吨"),
    ("銀樓黃金牌告價來到每錢15,480元。", "15,480元", "元/錢"),
    ("年初買進10台兩黃金,如今價值大增。", "10台兩", "台两"),
]


@pytest.mark.parametrize(("text", "part", "unit"), UNITS)
def test_the_written_denominator_is_kept(text: str, part: str, unit: str) -> None:
    got = hits(text, part)
    assert [f["unit"] for f in got] == [unit]


def test_a_count_per_year_without_a_unit_of_weight_is_left() -> None:
    got = hits("该县每年增加就业岗位5000个。", "5000个")
    assert [f["kind"] for f in got] == ["count"]
