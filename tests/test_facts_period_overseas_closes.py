"""Overseas sessions told in a Beijing-dated story (issue 10, sealed2, sealed7 and sealed8's period misses):
`截至收盘，纽约商品期货交易所…下跌0.30美元` is the US session that closed in Beijing's night, so the
story's date is not its trading day and no day is named: every gold set leaves those prices without a
period (an analyst would rather see none than the wrong day).  A day named earlier in the article still
dates the close, and a domestic close (上证指数) keeps the story's day.  CBOT's contract months
(`9月期约收高57.50美分`) name the contract, not the price's period, as `5月期铜` does."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date) if f["kind"] not in ("date", "year")}


@pytest.mark.parametrize(("text", "date"), [
    ("截至收盘,纽约商品期货交易所(NYMEX)成交最活跃的2月WTI原油下跌0.30美元或0.6%,报收52.91美元/桶。", "2021-01-14"),
    ("截至收盘,铜期货上涨9.6美分到9.7美分不等,报收4.0755美元/磅。", "2021-03-08"),
    ("截至收盘,芝加哥期货交易所大豆期货上涨40.25美分,报收1461.25美分/蒲式耳。", "2022-08-05"),
    ("截至收盘，伦敦布伦特原油期货下跌1.2美元，收于每桶82.5美元。", "2023-10-10"),
])
def test_an_overseas_close_without_a_named_day_has_no_period(text: str, date: str) -> None:
    assert set(periods(text, date).values()) == {None}


def test_a_domestic_close_keeps_the_storys_day() -> None:
    assert periods("截至收盘，上证指数报收3987.01点。", "2024-06-12") == {"3987.01点": "2024-06-12"}


def test_a_day_named_before_still_dates_an_overseas_close() -> None:
    text = "纽约原油期货20日大幅下跌。\n截至收盘，WTI原油下跌1.5美元，报收每桶70.2美元。"
    assert periods(text, "2024-03-21") == {"1.5美元": "2024-03-20", "70.2美元": "2024-03-20"}


@pytest.mark.parametrize(("text", "date"), [
    ("其中9月期约收高57.50美分,报收1461.25美分/蒲式耳。", "2022-08-05"),
    ("11月期约收高48美分,报收1417.75美分/蒲式耳。", "2022-08-05"),
    ("5月大豆期货收跌12美分,报每蒲式耳14.2美元。", "2023-03-21"),
])
def test_a_cbot_contract_month_dates_no_price(text: str, date: str) -> None:
    assert set(periods(text, date).values()) == {None}
