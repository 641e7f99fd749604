"""The comparison base stops before the adverb of its change and a per-unit (issue 10, sealed7 and sealed8's
base misses): `較2018年同月微跌0.2%` has base 2018年同月 (not 2018年同月微), `比前一交易日微涨2.30美元`
前一交易日, `比上年每亩增加10.4公斤` 上年 (每亩 is the figure's denominator), `较9月至11月再升0.2百分点`
9月至11月 — as 大幅/略有/再次 already were cut."""

from __future__ import annotations

import pytest

from store.facts import extract


def bases(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f.get("base") for f in extract(text, date=date) if f["kind"] not in ("date", "year")}


@pytest.mark.parametrize(("text", "date", "surface", "expected"), [
    ("2019年3月香港零售業總銷貨價值的臨時估計為397億元,較2018年同月微跌0.2%。", "2019-04-30", "0.2%", "2018年同月"),
    ("12月合约以每盎司790美元收盘,比前一交易日微涨2.30美元。", "2008-10-21", "2.30美元", "前一交易日"),
    ("全国棉花单产每亩143.2公斤，比上年每亩增加10.4公斤。", "2024-12-25", "10.4公斤", "上年"),
    ("去年10月至12月的失业率为3.5%,较9月至11月再升0.2百分点。", "2019-01-19", "0.2百分点", "9月至11月"),
    ("恒指较上周五略跌0.3%。", "2024-03-11", "0.3%", "上周五"),
    ("销量较上月进一步增长5%。", "2024-03-11", "5%", "上月"),
])
def test_the_base_stops_before_its_adverb(text: str, date: str, surface: str, expected: str) -> None:
    got = bases(text, date)
    assert got[next(s for s in got if surface in s or s in surface)] == expected
