"""Year ends written with a space or a relative year (store/facts/period_forms.py; tests/gold/README.md,
the sealed6 calls): `预计到 2025 年末…突破百亿元` and `预计到今年底…达到80.3%` are of that year's last day,
`去年底` last year's; `今年初` is January; `今年初以来` is January to the article's month, as `年初以来`."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    ("预计到 2025 年末,全区地区生产总值将突破百亿元大关。", "2021-06-01", "百亿元", "2025-12-31"),
    ("预计到今年底国家水网覆盖率达到80.3%，重点河湖生态流量达标率达98.6%。", "2025-11-01", "98.6%", "2025-12-31"),
    ("去年底，全省存款余额达到5.3万亿元。", "2025-11-01", "5.3万亿元", "2024-12-31"),
    ("截至去年末，全港持牌銀行共有149間。", "2025-03-01", "149間", "2024-12-31"),
    ("今年初，全省完成投资50亿元。", "2025-11-01", "50亿元", "2025-01"),
])
def test_a_year_end_is_its_last_day(text: str, date: str, surface: str, period: str) -> None:
    assert periods(text, date)[surface] == period


def test_since_the_start_of_this_year_runs_to_the_articles_month() -> None:
    # (was the whole year; 年初以来 and 今年以来 run January to the article's month, tests/gold/README.md per31,
    # and sealed34 labels 自今年初以來 so)
    assert periods("今年初以来新增贷款3000亿元。", "2025-11-01")["3000亿元"] == "2025-01/2025-11"


def test_a_bracketed_earlier_year_dates_only_its_bracket() -> None:
    got = periods("收入减少17.5%至约人民币191.5百万元(二零一九年:约人民币232.0百万元)。", "2021-03-20")
    assert (got["17.5%"], got["232.0百万元"]) == (None, "2019")
    got = periods("毛利減少65.8%至約人民幣17.2百萬元(二零一九年：約人民幣50.3百萬元)。", "2021-03-20")
    assert got["65.8%"] is None
