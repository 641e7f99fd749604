"""Electricity named by its source or use (水电, 风电, 太阳能发电, 累计发电, 家庭用电, 绿电, 家电)
is what was measured: the 电 that ends a dateline (新华社北京3月5日电) is no reason to drop it.
A verb phrase that only says the power could be or was made again (每年可发电, 已恢复供电) stays
no subject."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-12-16")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("11月全省规模以上工业火力发电量同比下降17.0%;水电同比增长53.8%;风电同比增长60.5%。", "53.8%", "水电"),
    ("11月全省规模以上工业火力发电量同比下降17.0%;水电同比增长53.8%;风电同比增长60.5%。", "60.5%", "风电"),
    ("分品种看，核电同比增长3.1%，太阳能发电同比增长16.3%。", "16.3%", "太阳能发电"),
    ("分品种看，核电同比增长3.1%，太阳能发电同比增长16.3%。", "3.1%", "核电"),
    ("1-11月累计发电2542.95亿千瓦时,同比增长0.2%。", "2542.95亿千瓦时", "发电"),
    ("规上工业日均发电249.8亿千瓦时。", "249.8亿千瓦时", "规上工业日均发电"),
    ("一级能耗节能家电增长19%。", "19%", "一级能耗节能家电"),
    ("其中风电占90%，光伏发电占10%。", "90%", "风电"),
])
def test_power_by_its_source_is_a_subject(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface"), [
    ("项目建成后每年可发电32亿千瓦时。", "32亿千瓦时"),
    ("全部机组建成投产后，每年可清洁供电约550亿千瓦时。", "约550亿千瓦时"),
    ("截至今天上午，已恢复供电44万多户。", "44万多户"),
])
def test_power_that_could_be_made_is_a_verb_phrase(text: str, surface: str) -> None:
    got = subjects(text)[surface]
    assert got is None or not got.endswith("电")


def test_a_dateline_still_names_nothing() -> None:
    got = subjects("新华社北京3月5日电 全国城镇新增就业1256万人。")["1256万人"]
    assert got is None or not got.endswith("电")
