"""Quarters written Q1–Q4 (`较Q3增加8.90%`, `2025Q1营收`, `2024年Q4`, `Q4通常为…高峰期`): dates like 第三季度,
with the year written on them, else the sentence's or the article's (the latest finished quarter), else
no value in an undated page (tests/gold/README.md, sealed7's public calls)."""

from __future__ import annotations

import pytest

from store.facts import extract


def dates(text: str, date: str | None) -> dict[str, object]:
    return {f["surface"]: f["value"] for f in extract(text, date=date) if f["kind"] == "date"}


@pytest.mark.parametrize(("text", "date", "surface", "value"), [
    ("公司2025Q1营收增长5%。", "2025-05-01", "2025Q1", "2025Q1"),
    ("2024年Q4营收下降3%。", "2025-05-01", "2024年Q4", "2024Q4"),
    ("2023 Q2毛利率为31.5%。", "2024-01-10", "2023 Q2", "2023Q2"),
    ("股东户数变化: 2024年末股东总户数2.14万户,较Q3增加8.90%。", None, "Q3", "2024Q3"),
    ("Q3营收同比增长12%。", "2024-11-05", "Q3", "2024Q3"),
])
def test_a_q_quarter_is_a_date(text: str, date: str | None, surface: str, value: str) -> None:
    assert dates(text, date)[surface] == value


def test_a_generic_quarter_in_an_undated_page_has_no_value() -> None:
    assert dates("公司业绩呈现明显季度性波动,Q4通常为项目验收高峰期。", None) == {"Q4": None}


def test_the_quarter_is_the_period_of_its_figures_and_not_their_subject() -> None:
    got = {f["surface"]: f for f in extract("公司2025Q1营收增长5%。", date="2025-05-01")}
    assert got["5%"]["period"] == "2025Q1"
    assert "2025" not in (got["5%"]["subject"] or "")


@pytest.mark.parametrize("text", ["该车型搭载Q5平台。", "腾讯QQ4月活跃用户增长。", "型号为AQ3的机型。"])
def test_letters_and_model_names_are_no_quarters(text: str) -> None:
    assert not [v for s, v in dates(text, "2024-06-01").items() if "Q" in s]
