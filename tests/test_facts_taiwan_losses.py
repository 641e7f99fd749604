"""Taiwan's results: a net loss is 淨損, and a profit told after a loss is no loss.

`稅後淨損為新台幣39.3億元` was stored as +39.3億 under the subject 稅後淨損 (a loss copied as a gain), `每股淨損0.51元`
as +0.51; and `虧損12.5億元，去年同期獲利45.6億元` made the year before's profit **−45.6億** (read as one more item of
a list of losses by name). The conventions: a loss is a negative figure of the profit it names.
"""

from __future__ import annotations

from store.facts import extract


def _money(text: str) -> dict[str, tuple[object, str | None]]:
    return {f["surface"]: (f["value"], f["subject"]) for f in extract(text, date="2025-08-14") if f["kind"] == "money"}


def test_a_net_loss_is_a_negative_net_profit() -> None:
    got = _money("友達第二季稅後淨損為新台幣39.3億元，每股淨損0.51元。")
    assert got["39.3億元"] == (-3930000000, "友達稅後淨利")
    assert got["0.51元"][0] == -0.51 and got["0.51元"][1] == "每股淨利"
    assert _money("公司第二季净损3.2亿元。")["3.2亿元"][0] == -320000000


def test_a_profit_told_after_a_loss_keeps_its_sign() -> None:
    got = _money("華航上半年稅後純益由盈轉虧，虧損12.5億元，去年同期獲利45.6億元。")
    assert got["12.5億元"][0] == -1250000000
    assert got["45.6億元"][0] == 4560000000
    assert _money("公司亏损3亿元，上年同期纯益1.2亿元。")["1.2亿元"][0] == 120000000


def test_a_list_of_losses_by_name_is_still_every_item_a_loss() -> None:
    got = _money("通威股份预计净亏损90-100亿元,TCL中环82-96亿元,隆基绿能60-65亿元。")
    assert got["82-96亿元"][0] == -9600000000 and got["60-65亿元"][0] == -6500000000
