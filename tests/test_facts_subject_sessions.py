"""A price told in a trading session's words, or named by its level after 的, is the commodity's told before.

`紐約期油…,在場外交易時段,每桶報142.3美元`, `盤中短暫站上60.01美元`, `較早時徘徊3980美元`: the session names no
commodity; `衝破每盎司53.54美元的價位`: the level reached is not what was measured.
"""

from __future__ import annotations

from store.facts import extract


def _subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-12-12") if f["kind"] not in ("date", "year")}


def test_a_price_told_in_a_trading_sessions_words_is_the_commoditys() -> None:
    got = _subjects("紐約期油上升超過2美元,在場外交易時段,每桶報142.3美元,上升2.3美元。")
    assert got["142.3美元"] == got["2.3美元"] == "紐約期油"
    got = _subjects("現貨金低見每盎司3970.81美元,跌3.4%,較早時徘徊3980美元附近。")
    assert got["3980美元"] == "現貨金"
    got = _subjects("現貨白銀下跌約3%，報每盎司61.7美元，當天稍早曾漲至每盎司64.64 美元的歷史新高。")
    assert got["64.64 美元"] == "現貨白銀"


def test_a_price_level_named_after_de_is_no_subject() -> None:
    assert _subjects("白銀報價也持續向上飆升，白銀一度衝破每盎司53.54美元的價位。")["53.54美元"] == "白銀"
