"""A crude benchmark's contract month is no period of the prices quoted for it (issue 10, the sealed3
sample's period misses): `5月WTI原油收跌3.28美元` in a March report is the May contract, and reading
it as last May gave six figures a wrong period; the trading day, when the text names it, still dates
them, and a month that opens its own clause (`3月，WTI原油均价…`) stays the month."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date) if f["kind"] not in ("date", "year")}


@pytest.mark.parametrize(("text", "date"), [
    ("5月WTI原油收跌3.28美元,跌幅12.7%,收于每桶22.63美元。", "2020-03-21"),
    ("6月布伦特原油期货收涨1.12美元,涨幅1.5%,收于每桶76.40美元。", "2024-04-26"),
    ("3月纽约WTI原油期货结算价上涨0.8美元,报每桶71.2美元。", "2025-02-12"),
])
def test_a_contract_month_dates_no_price(text: str, date: str) -> None:
    assert set(periods(text, date).values()) == {None}


def test_the_trading_day_still_dates_a_contract_price() -> None:
    got = periods("20日，5月WTI原油期货收跌1.2美元，收于每桶72.5美元。", "2025-03-21")
    assert got == {"1.2美元": "2025-03-20", "72.5美元": "2025-03-20"}


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("5月份，我国原油进口量4612万吨，同比下降8.7%。", "2024-06-07", {"4612万吨": "2024-05", "8.7%": "2024-05"}),
    ("3月，WTI原油均价为每桶81.3美元，环比上涨4.1%。", "2024-04-08", {"81.3美元": "2024-03", "4.1%": "2024-03"}),
])
def test_a_month_of_its_own_clause_stays_the_month(text: str, date: str, expected: dict[str, str]) -> None:
    assert periods(text, date) == expected


def test_a_year_before_a_benchmark_is_the_year() -> None:
    got = periods("2022年布伦特原油均价为98.86美元/桶，比2021年的70.95美元/桶高27.91美元/桶。", "2023-01-10")
    assert (got["98.86美元/桶"], got["70.95美元/桶"], got["27.91美元/桶"]) == ("2022", "2021", "2022")
