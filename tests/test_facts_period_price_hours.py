"""Prices set from an hour of a day (`自明（8）日凌晨0時起…參考零售價格分別為92無鉛汽油每公升27.2元`) are the levels of that
day, as a rate decision's are (store/facts/period_effective.py; sealed18's call); the step (`各調漲0.1元`) keeps none."""

from __future__ import annotations

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


def test_fuel_prices_from_an_hour_of_tomorrow_take_that_day() -> None:
    got = periods("台灣中油公司自明（8）日凌晨0時起汽、柴油價格各調漲0.1元，參考零售價格分別為92無鉛汽油每公升27.2元、"
                  "95無鉛汽油每公升28.7元。", "2025-12-07")
    assert (got["27.2元"], got["28.7元"]) == ("2025-12-08",) * 2
    assert got["0.1元"] is None


def test_a_run_from_a_day_to_another_is_no_effective_day() -> None:
    got = periods("自3月1日凌晨起至3月31日，全省累计接待游客增至120万人次。", "2025-04-02")
    assert got["120万人次"] != "2025-03-01"
