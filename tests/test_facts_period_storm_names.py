"""The year in a typhoon's name (tests/gold/README.md, sealed7: `针对今年第1号台风“蝴蝶”…紧急预拨4000万元中央自然
灾害救灾资金` → the money has no period; `今年第1号台风` is rank 1 号 with the year): `今年第N号台风` names a storm,
it is not the period of the sentence's other figures."""

from __future__ import annotations

import pytest

from store.facts import extract


def period(text: str, date: str, surface: str) -> str | None:
    return next(f["period"] for f in extract(text, date=date) if f["surface"] == surface)


@pytest.mark.parametrize(("text", "date", "surface"), [
    ("针对今年第1号台风“蝴蝶”及其暴雨洪涝灾害，财政部、应急管理部紧急预拨4000万元中央自然灾害救灾资金。", "2025-06-14", "4000万元"),
    ("受今年第3号台风“格美”影响，福建转移群众超过28万人。", "2024-07-26", "超过28万人"),
    ("2024年第11号台风“摩羯”登陆后，海南电网紧急调派抢修人员5000余人。", "2024-09-07", "5000余人"),
    ("針對今年第1號颱風，財政部緊急預撥4000萬元救災資金。", "2025-06-14", "4000萬元"),
])
def test_the_year_of_a_storms_name_is_not_the_figures_period(text: str, date: str, surface: str) -> None:
    assert period(text, date, surface) is None


def test_a_year_that_opens_the_sentence_stays() -> None:
    assert period("今年以来，全国共下达救灾资金50亿元。", "2025-06-14", "50亿元") is not None


def test_the_year_of_a_floods_name_is_not_the_figures_period() -> None:
    """`今年第2号洪水，洪峰流量达到每秒1.2万立方米`: the flood's year names it; the flow is no figure of the year."""
    assert period("江西赣江形成今年第2号洪水，洪峰流量达到每秒1.2万立方米。", "2024-06-18", "1.2万立方米") is None
