"""A futures contract named only by its delivery month is the subject of the prices told after it.

The month is read as the contract's date, and what followed it (`合约收盘`, a base `较前一交易日结算价`) or
nothing was left as the subject; the contract's whole name is what was traded.
"""

from __future__ import annotations

from store.facts import extract


def _subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2012-03-14")
            if f["kind"] not in ("date", "year", "duration")}


def test_each_delivery_month_of_a_list_names_its_own_prices() -> None:
    got = _subjects("白银期货主力合约走强,其中6月份交割合约收盘于每千克6120元,较前一交易日结算价上涨35元,涨幅0.57%;"
                    "明年1月份交割的合约收盘于每千克6188元,较前一交易日结算价上涨41元,涨幅0.67%。")
    assert got["6120元"] == got["35元"] == got["0.57%"] == "6月份交割合约"
    assert got["6188元"] == got["41元"] == got["0.67%"] == "明年1月份交割的合约"


def test_the_contract_traded_most_names_the_prices_of_its_sentence() -> None:
    got = _subjects("铜期货交易最为活跃的5月份合约早盘低开,报每吨58200元,午后震荡走高,最终收盘于每吨58650元,"
                    "较前一交易日结算价上涨260元,涨幅0.45%。")
    assert set(got.values()) == {"5月份合约"}


def test_a_contract_month_before_a_plain_price_name_leaves_the_name() -> None:
    """(subject_contract_months: `11月份交割的轻质原油期货价格` is named by its price)"""
    got = _subjects("纽约商品交易所11月份交割的轻质原油期货价格下跌1.2美元，收于每桶85.3美元。")
    assert got["1.2美元"] == "轻质原油期货价格"
