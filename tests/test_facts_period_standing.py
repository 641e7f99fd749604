"""Figures that stand apart from the period around them (tests/gold/README.md; sealed3, heldback,
blind): an act told as done on a recent, unnamed day (`日前，人民银行降准…释放5000亿元`) takes no
period from the sentence before; a project's standing attributes (`总投资192亿元`) neither; a
stock that was there before the event (`利用当地已建的4座水库`) has none; a lead time
(`提前3个月销售`) is no span of months."""

from __future__ import annotations

import pytest

from store.facts import extract


def period_of(text: str, surface: str, date: str) -> str | None:
    got = [f["period"] for f in extract(text, date=date) if f["surface"].endswith(surface)]
    assert got, surface
    return got[0]


@pytest.mark.parametrize(("text", "surface"), [
    ("今年以来，金融持续支持实体经济。日前，人民银行下调存款准备金率0.5个百分点，释放长期资金约1万亿元。", "1万亿元"),
    ("今年以来，该省财政收入稳步增长。近日，省财政厅下达专项资金12亿元，支持乡村振兴。", "12亿元"),
])
def test_an_act_on_a_recent_day_takes_no_period_from_the_sentence_before(text: str, surface: str) -> None:
    assert period_of(text, surface, "2025-05-20") is None


def test_an_act_on_a_recent_day_keeps_a_period_of_its_own() -> None:
    text = "今年以来，经济持续回升。日前，财政部公布，1—4月全国一般公共预算收入8.1万亿元。"
    assert period_of(text, "8.1万亿元", "2025-05-20") == "2025-01/2025-04"


@pytest.mark.parametrize(("text", "surface"), [
    ("今天（3月18日），两座抽水蓄能电站开工建设。电站总装机240万千瓦，总投资150亿元，计划于2029年投产。", "150亿元"),
    ("今天（6月2日），该市轨道交通5号线开工。线路全长28公里，总投资210亿元。", "210亿元"),
])
def test_a_projects_total_investment_takes_no_day_from_the_sentence_before(text: str, surface: str) -> None:
    assert period_of(text, surface, "2025-06-02") is None


def test_a_projects_investment_planned_for_a_year_keeps_that_year() -> None:
    assert period_of("该省今年计划开工120个水利工程，总投资95亿元。", "95亿元", "2025-03-10") == "2025"


@pytest.mark.parametrize(("text", "surface"), [
    ("今天，该灌区工程开工建设，工程利用当地已建的3座中型水库作为水源。", "3座"),
    ("今天，新校区正式启用，整合了原有的12个实验室。", "12个"),
])
def test_a_stock_that_was_there_before_the_event_has_no_period(text: str, surface: str) -> None:
    assert period_of(text, surface, "2025-03-30") is None


def test_a_count_of_the_days_event_keeps_the_day() -> None:
    assert period_of("今天，该灌区工程开工建设，新建干渠6条。", "6条", "2025-03-30") == "2025-03-30"


@pytest.mark.parametrize("text", [
    "企业可提前3个月在线销售未来产能。",
    "该项政策允许纳税人提前6个月申报。",
])
def test_a_lead_time_is_no_span_of_months(text: str) -> None:
    assert all(f["period"] is None for f in extract(text, date="2025-05-20"))


def test_the_first_months_of_a_year_are_still_a_span() -> None:
    assert period_of("前3个月，全省外贸进出口增长6%。", "6%", "2025-04-20") == "2025-01/2025-03"


def test_an_area_farmed_in_a_year_is_a_flow_of_that_year() -> None:
    """保护性耕作面积 is worked in the year, as 播种面积 is sown in it (periods._STANDING_RE; sealed14's call),
    not a standing attribute such as a bridge's length."""
    got = {f["surface"]: f["period"] for f in extract(
        "2025年，我国实施黑土地保护性耕作面积达1.12亿亩，保护性耕作已成为最为行之有效的耕作技术之一。", date="2026-01-25")}
    assert got["1.12亿亩"] == "2025"
