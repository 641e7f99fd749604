"""Bases and parts of a change in weekly and monthly releases (per30, from probes of their registers): a date in
brackets right after the base's verb is the base's day (TWSE's weekly report: `較(115年1月2日)的29,349.81點上漲939.15點`),
a base's own rate named after 的 is the base's period's (`較6月的失業率5%`), and the carry-over and new-price parts of a
price index's change are of the month the change is (`在10月份0.2%的同比涨幅中，去年价格变动的翘尾影响…`). Each case
failed on the code before these rules."""

from __future__ import annotations

import pytest

from store.facts import extract


def facts(text: str, date: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "periods"), [
    ("根據臺灣證券交易所統計，115年1月9日發行量加權股價指數收盤為30,288.96點，較(115年1月2日)的29,349.81點"
     "上漲939.15點，漲幅約為3.20%。", "2026-01-10",
     {"29,349.81點": "2026-01-02", "939.15點": "2026-01-09", "3.20%": "2026-01-09"}),
    ("今年5月出口值為420億美元，比(2024年5月)的380億美元增加40億美元。", "2025-06-10",
     {"380億美元": "2024-05", "40億美元": "2025-05"}),
])
def test_a_bracketed_date_right_after_the_base_verb_is_the_bases(text: str, date: str, periods: dict) -> None:
    got = facts(text, date)
    assert {s: got[s]["period"] for s in periods} == periods


@pytest.mark.parametrize(("text", "date", "base_value", "base_period", "change"), [
    ("７月城鎮調查失業率升至5.2%，較6月的失業率5%，上升0.2個百分點。", "2025-08-15", "5%", "2025-06", "0.2個百分點"),
    ("10月份，全国城镇调查失业率为5.1%，比9月份的失业率5.2%下降0.1个百分点。", "2025-11-15", "5.2%", "2025-09",
     "0.1个百分点"),
    ("10月末M2余额同比增长8.2%，增速比9月末的M2增速8.4%低0.2个百分点。", "2025-11-15", "8.4%", "2025-09-30",
     "0.2个百分点"),
])
def test_a_bases_rate_named_after_de_is_the_bases(text: str, date: str, base_value: str, base_period: str,
                                                  change: str) -> None:
    got = facts(text, date)
    assert got[base_value]["period"] == base_period
    assert got[change]["period"] != base_period            # the change stays the sentence's


@pytest.mark.parametrize(("text", "date", "parts", "month"), [
    ("在10月份0.2%的同比涨幅中，去年价格变动的翘尾影响约为-0.3个百分点，今年价格变动的新影响约为0.5个百分点。",
     "2025-11-10", ("-0.3个百分点", "0.5个百分点"), "2025-10"),
    ("据测算,在11月份-1.4%的全国工业生产者出厂价格总水平同比降幅中,去年价格变动的翘尾因素约为0.5个百分点,"
     "新涨价因素约为-1.9个百分点。", "2013-12-09", ("0.5个百分点", "-1.9个百分点"), "2013-11"),
])
def test_carry_over_and_new_price_parts_are_the_months(text: str, date: str, parts: tuple[str, ...],
                                                      month: str) -> None:
    got = facts(text, date)
    assert [got[s]["period"] for s in parts] == [month] * len(parts)


def test_last_years_figures_outside_a_frame_keep_last_year() -> None:
    assert facts("去年价格上涨0.5个百分点。", "2025-11-10")["0.5个百分点"]["period"] == "2024"
