"""A record's horizon (`增幅為近15年最優秀表現`, `為近11年來高點`, `近5年最佳`) and the year of what a bracket leaves
out (`一般公共预算支出(扣除2022年灾后恢复重建专项资金支出外)增长3%`, `工业增加值(不含2023年新投产企业)增长6.5%`)
date no figure after them: the figures keep the period their sentence stated before (an analyst would rather see
that, or none, than the horizon's span or the excluded year)."""

from __future__ import annotations

import pytest

from store.facts import extract


def _period(text: str, surface: str, date: str | None) -> str | None:
    return next(f["period"] for f in extract(text, date=date) if f["surface"].startswith(surface))


@pytest.mark.parametrize("text, surface, want", [
    ("114年對東協出口1189.8億美元、年增35.6%，增幅為近15年最優秀表現；對歐洲出口412.9億美元、年增6.9%。", "412.9億美元", "2025"),
    ("114年對東協出口1189.8億美元、年增35.6%，增幅為近15年最優秀表現；對歐洲出口412.9億美元、年增6.9%。", "6.9%", "2025"),
    ("2025年全市出口增长12%，为近5年最佳；进口增长3%。", "3%", "2025"),
    ("2025年上半年社会消费品零售总额增长8.2%，增速为近3年最快，其中网上零售额增长15%。", "15%", "2025H1"),
])
def test_a_records_horizon_dates_nothing_after_it(text: str, surface: str, want: str) -> None:
    assert _period(text, surface, "2026-01-09") == want


@pytest.mark.parametrize("text, surface", [
    ("東協在台灣總出口占比也上升到18.6%，為近11年來高點。", "近11年"),
    ("增幅為近15年最優秀表現。", "近15年"),
])
def test_the_horizon_itself_has_no_period(text: str, surface: str) -> None:
    assert _period(text, surface, "2026-01-09") is None


@pytest.mark.parametrize("text, surface, want", [
    ("2023年主要预期目标为:一般公共预算收入增长20%以上;一般公共预算支出(扣除2022年灾后恢复重建专项资金支出外)增长3%以上;"
     "规模以上固定资产投资增长6%以上。", "3%", "2023"),
    ("2023年主要预期目标为:一般公共预算收入增长20%以上;一般公共预算支出(扣除2022年灾后恢复重建专项资金支出外)增长3%以上;"
     "规模以上固定资产投资增长6%以上。", "6%", "2023"),
    ("2024年全市工业增加值（不含2023年新投产企业）增长6.5%。", "6.5%", "2024"),
    ("2024年公司净利润（剔除2023年一次性收益后）增长12%。", "12%", "2024"),
])
def test_the_year_of_what_a_bracket_leaves_out_dates_nothing(text: str, surface: str, want: str) -> None:
    assert _period(text, surface, None) == want

