"""A flow booked by its owner with 累计 alone (`我國紡織品服裝累計出口額為2203.03億美元，其中紡織品累計出口額…`) or a
retail total (`城镇市场实现零售额…;乡村市场实现零售额…`) is the owner's: read bare, the garments' and the textiles'
exports, the towns' and the villages' retail, were all `出口額`/`零售额`.  The country opening the owner is its
scope (`我國`), not part of the name; a whole alone still names no owner."""

from __future__ import annotations

from store.facts import extract


def _subjects(text: str) -> list[str | None]:
    return [f["subject"] for f in extract(text) if f["kind"] == "money"]


def test_an_owner_booking_a_flow_with_lei_ji_owns_it() -> None:
    text = "2022年1-8月,我國紡織品服裝累計出口額為2203.03億美元,其中紡織品累計出口額為1022.68億美元。"
    assert _subjects(text) == ["紡織品服裝累計出口額", "紡織品累計出口額"]


def test_retail_totals_by_market_are_each_markets() -> None:
    text = "前三季度,城镇市场实现零售额19129.5亿元,同比增长9.7%;乡村市场实现零售额4898.7亿元,增长10.8%。"
    assert _subjects(text) == ["城镇市场零售额", "乡村市场零售额"]


def test_a_whole_alone_names_no_owner() -> None:
    assert _subjects("全省累计完成投资500亿元。") == ["投资"]
