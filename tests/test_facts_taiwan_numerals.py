"""Numerals Taiwan's agencies and financial press print that read as a wrong figure when taken apart.

- ROC years written digit by digit in Chinese numerals (`一一四年`, `一一三年`) are years (2025, 2024): a count of
  years would have places (一百一十四年), so they are never a span of 114 years.
- Decimals whose tens are written 廿/卅 (`卅七·九%`, `廿六·五%`) are 37.9 % and 26.5 %, not 7.9 % and 6.5 %.
- `兆` (万亿) with a space on either side (`23 兆 803 億元`) is one sum, 23.0803 万亿元, not 803 億元.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "years"), [
    ("統計處表示，一一四年外銷訂單金額創新高，較一一三年增加甚多。", [2025, 2024]),
    ("主計總處指出，一○九年國內生產毛額成長率為三‧三九%。", [2020]),
])
def test_a_roc_year_in_chinese_digits_is_its_gregorian_year(text: str, years: list[int]) -> None:
    facts = extract(text, date="2026-01-20")
    assert [f["value"] for f in facts if f["kind"] == "year"] == years
    assert not [f for f in facts if f["kind"] == "duration"]


def test_a_span_written_with_places_stays_a_duration() -> None:
    facts = extract("這座廟宇已有一百一十四年的歷史。", date="2026-01-20")
    assert [(f["kind"], f["value"]) for f in facts] == [("duration", 114)]


@pytest.mark.parametrize(("text", "value"), [
    ("電子產品訂單增幅卅七·九%，居各類之首。", Decimal("37.9")),
    ("資訊通信產品占比廿六‧五%。", Decimal("26.5")),
])
def test_a_decimal_with_its_tens_as_nian_or_sa_keeps_its_tens(text: str, value: Decimal) -> None:
    facts = [f for f in extract(text, date="2026-01-20") if f["kind"] == "percent"]
    assert [Decimal(str(f["value"])) for f in facts] == [value]
    assert facts[0]["surface"] == text[facts[0]["start"]:facts[0]["end"]]


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("上市櫃累計營收達 23 兆 803 億元,較去年同期成長 9.37%。", "23 兆 803 億元", 23_080_300_000_000),
    ("累計稅前淨利為 1 兆 8892 億元。", "1 兆 8892 億元", 1_889_200_000_000),
])
def test_a_spaced_zhao_and_yi_are_one_sum(text: str, surface: str, value: int) -> None:
    money = [(f["surface"], f["value"]) for f in extract(text, date="2026-01-20") if f["kind"] == "money"]
    assert money == [(surface, value)]


@pytest.mark.parametrize("text", [
    "本月日平均貨幣總計數M1B及M2月增率分別為0.35%及0.21%。",
    "M1月增率轉為負值,M2月增率則持平。",
])
def test_a_money_aggregate_before_yue_is_no_month(text: str) -> None:
    facts = extract(text, date="2024-10-25")
    assert not [f for f in facts if f["kind"] == "date"]


def test_a_money_aggregate_s_rates_stay_figures() -> None:
    facts = extract("5月末,广义货币(M2)余额310万亿元,同比增长7%,M1增长3%。", date="2024-06-14")
    assert [f["surface"] for f in facts if f["kind"] != "date"] == ["310万亿元", "7%", "3%"]


def test_a_money_aggregate_s_monthly_rate_takes_the_month_named_not_february() -> None:
    facts = extract("本(113)年8月日平均貨幣總計數M1B及M2月增率分別為0.35%及0.21%。", date="2024-09-25")
    rates = [f for f in facts if f["kind"] == "percent"]
    assert [f["period"] for f in rates] == ["2024-08", "2024-08"]


@pytest.mark.parametrize(("text", "value"), [
    ("累計1至8月日平均貨幣總計數年增率為5.1%。", "2024-01"),
    ("本(113)年8月日平均貨幣總計數年增率為5.1%。", "2024-08"),
])
def test_a_month_before_a_daily_average_is_still_a_month(text: str, value: str) -> None:
    facts = extract(text, date="2024-09-25")
    assert value in [f["value"] for f in facts if f["kind"] == "date"]
    assert [f["period"] for f in facts if f["kind"] == "percent"] == [value if "至" not in text else "2024-01/2024-08"]


def test_a_spaced_bracketed_day_is_the_day() -> None:
    facts = extract("金管會今 (20) 日公布上市櫃最新營運情況。", date="2018-11-20")
    assert [(f["surface"], f["value"]) for f in facts if f["kind"] == "date"] == [("今 (20) 日", "2018-11-20")]
