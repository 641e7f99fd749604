"""An ordinal that names a sector or an era is no place in a ranking (tests/gold/README.md: `第一产业`
is a label): `全国第一产业固定资产投资` is the country's primary-sector investment, `第四纪火山地貌` a
geological period — while `全国第一产粮大省`, `位居全国第一` are ranks."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize("text", [
    "一季度，全国第一产业固定资产投资同比增长3.3%。",
    "全省第二产业增加值突破万亿元。",
    "长白山世界地质公园以第四纪火山地貌遗迹为特色。",
    "该地区保存了第三纪古植物化石。",
])
def test_ordinals_naming_sectors_and_eras_are_no_ranks(text: str) -> None:
    assert [f for f in extract(text) if f["kind"] == "rank"] == []


@pytest.mark.parametrize(("text", "surface"), [
    ("全国第一产粮大省黑龙江。", "全国第一"),
    ("粮食产量位居全国第一。", "全国第一"),
])
def test_places_in_a_ranking_stay_ranks(text: str, surface: str) -> None:
    f = next(f for f in extract(text) if f["surface"] == surface)
    assert (f["kind"], f["value"]) == ("rank", 1)
