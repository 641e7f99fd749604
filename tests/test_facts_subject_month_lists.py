"""Months listed before 分别 are the items' periods: the figures are the indicator's.

`企业所得税在工业企业利润回暖带动下,9、10月份分别增长3.3%、0.6%` gave both growths the subject `9`, and
`8 、 9 月份到港量预计将出现回落,分别为 450 万吨和 380 万吨` a cut verb phrase; an indicator named after quarters
(`一、二、三季度全社会用电量同比分别增长…`) keeps its name.
"""

from __future__ import annotations

from store.facts import extract


def _subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-11-20") if f["kind"] not in ("date", "year")}


def test_months_before_respective_figures_leave_them_to_the_clause_topic() -> None:
    got = _subjects("进口环节税收增长6.6%;企业所得税在工业企业利润回暖带动下,9、10月份分别增长3.3%、0.6%。")
    assert got["3.3%"] == got["0.6%"] == "企业所得税"


def test_months_before_an_indicator_leave_the_figures_to_it() -> None:
    got = _subjects("预计 7 月份到港量为 534 万吨; 8 、 9 月份到港量预计将出现回落,分别为 450 万吨和 380 万吨。")
    assert got["450 万吨"] == got["380 万吨"] == "到港量"


def test_an_indicator_after_quarters_keeps_its_name() -> None:
    got = _subjects("其中，一、二、三季度全社会用电量同比分别增长2.5%、4.9%和6.1%。")
    assert got["4.9%"] == "全社会用电量"
