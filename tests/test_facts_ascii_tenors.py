"""Bond and money-market news write tenors in Latin letters (`3M`, `6M`, `1Y`, `5Y`): a tenor is a label, part of
the rate's name (as `10年期国债收益率` keeps `10年期`), never a figure of its own (found27)."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "subject"), [
    ("3M SHIBOR报1.65%，较前一日下行2bp。", "3M SHIBOR"),
    ("6M Shibor下行1bp至1.70%。", "6M Shibor"),
    ("1Y LPR维持3.1%不变。", "1Y LPR"),
])
def test_a_latin_tenor_before_the_rate_is_part_of_its_name(text: str, subject: str) -> None:
    assert {f["subject"] for f in extract(text)} == {subject}


@pytest.mark.parametrize("text", ["美元兑人民币1Y掉期点报-2500。", "美元兑人民币3M掉期点报-600。"])
def test_a_latin_tenor_after_a_currency_pair_is_no_sum(text: str) -> None:
    got = extract(text)
    assert [f["surface"] for f in got if f["kind"] in ("money", "index") and f["value"] in (1, 3)] == []
    assert got and all("Y" in f["subject"] or "M" in f["subject"] for f in got)
