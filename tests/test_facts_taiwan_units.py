"""Taiwan's names of metric units are units: 公噸 (metric ton), 公尺 (metre), 平方公尺, 立方公尺, 公克,
瓩 (kilowatt).  Without them `出口量達120萬公噸` was a sum of money (120萬 元) — a wrong kind and unit —
and `5,000立方公尺` was cut to 立方."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("出口量達120萬公噸。", "120萬公噸", "公吨"),
    ("用水量5,000立方公尺。", "5,000立方公尺", "立方公尺"),
    ("面積達3.2萬平方公尺。", "3.2萬平方公尺", "平方公尺"),
    ("大樓高度為508公尺。", "508公尺", "公尺"),
    ("裝置容量達1,200萬瓩。", "1,200萬瓩", "瓩"),
    ("每包淨重500公克。", "500公克", "公克"),
])
def test_a_taiwan_metric_unit_is_a_quantity(text: str, surface: str, unit: str) -> None:
    got = {f["surface"]: (f["kind"], f["unit"]) for f in extract(text)}
    assert got[surface] == ("quantity", unit)


def test_a_price_per_metric_ton_keeps_its_denominator() -> None:
    f = next(f for f in extract("黃豆價格每公噸下跌20美元。") if f["surface"] == "20美元")
    assert (f["unit"], f["per"]) == ("美元/公吨", "公吨")


@pytest.mark.parametrize("text", ["原油出口量達120萬。", "大豆进口量为350万。"])
def test_a_bare_volume_of_exports_is_no_sum_of_money(text: str) -> None:
    assert all(f["kind"] != "money" for f in extract(text))
