"""Imports from a partner (从巴西进口, 從中國內地進口商品貨值總額) are one indicator: 从 cuts nothing.

As 对 in 对东盟进出口 or 对美出口, the partner is part of what is measured; the subject without 从 read as the
partner's own imports.
"""

from __future__ import annotations

from store.facts import extract


def _subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2013-05-10") if f["kind"] not in ("date", "year")}


def test_imports_from_a_partner_keep_the_partner_with_cong() -> None:
    got = _subjects("從中國內地進口商品貨值總額為1595億元,佔總數的47%。")
    assert got["1595億元"] == "從中國內地進口商品貨值總額"
    assert got["47%"].startswith("從中國內地進口商品貨值總額")


def test_loans_lent_to_a_borrower_keep_the_towards_word() -> None:
    got = {f["surface"]: f["subject"] for f in extract(
        "对实体经济发放的外币贷款折合人民币增加512亿元,同比多增3120亿元;对实体经济发放的外币贷款占比0.6%,同比高2.1个百分点。",
        date="2024-07-12")}
    assert got["512亿元"].startswith("对实体经济发放的外币贷款")
    assert got["0.6%"].startswith("对实体经济发放的外币贷款")
