"""A futures contract named by its delivery month keeps the month: it is what was traded.

`其中9月期约收高57.50美分,报收1461.25美分/蒲式耳;11月期约收高48美分…` prices each contract apart (the
month is not only the figure's period); a price told after its delivery month (`11月份交割的轻质原油期货
价格`) keeps its plain name, as the gold sets label it.
"""

from __future__ import annotations

from store.facts import extract


def _subjects(text: str) -> list[tuple[str, str | None]]:
    return [(f["surface"], f["subject"]) for f in extract(text, date="2011-08-25")
            if f["kind"] not in ("date", "year", "duration")]


def test_each_contract_month_of_a_list_is_its_figures_subject() -> None:
    got = _subjects("截至收盘,大豆期货上涨40.25美分到57.50美分不等,其中9月期约收高57.50美分,报收1461.25美分/蒲式耳;"
                    "11月期约收高48美分,报收1417.75美分/蒲式耳;1月期约收高48美分,报收1425.50美分/蒲式耳。")
    assert got[2:] == [("57.50美分", "9月期约"), ("1461.25美分/蒲式耳", "9月期约"), ("48美分", "11月期约"),
                       ("1417.75美分/蒲式耳", "11月期约"), ("48美分", "1月期约"), ("1425.50美分/蒲式耳", "1月期约")]


def test_contract_months_written_as_合约_are_read_alike() -> None:
    got = dict(_subjects("玉米期货全线收涨,其中3月合约上涨12元,收于2650元/吨;5月合约上涨9元,收于2671元/吨。"))
    assert got["2650元/吨"] == "3月合约" and got["2671元/吨"] == "5月合约"


def test_a_price_after_its_delivery_month_keeps_its_plain_name() -> None:
    """(the gold sets label `12月份交货的白银期货价格` as 白银期货价格: the month is the period)"""
    got = dict(_subjects("纽约商品交易所11月份交割的轻质原油期货价格下跌1.2美元，收于每桶85.3美元。"))
    assert got["1.2美元"] == "轻质原油期货价格"
