"""`当年` after a year's or a month's end (tests/gold/README.md "## Conventions", period; per31).

Communiqués and yearbooks tell a stock at the year's end and the year's flows after it in one sentence
(`年末全市常住人口1286万人，当年出生人口8.2万人`): the births are the year's, not a balance on its last day.
Each sentence is written for the test.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _periods(text: str, date: str | None = "2026-02-28") -> dict[str, str | None]:
    return {f["surface"]: f.get("period") for f in extract(text, date=date) if f["kind"] not in ("date", "year")}


@pytest.mark.parametrize(("text", "surface", "period"), [
    ("年末全市常住人口1286万人，当年出生人口8.2万人，死亡人口9.1万人。", "8.2万人", "2025"),
    ("年末全市常住人口1286万人，当年出生人口8.2万人，死亡人口9.1万人。", "9.1万人", "2025"),
    ("截至2024年底，全省公路总里程达到28.6万公里，当年新增高速公路320公里。", "320公里", "2024"),
    ("年末全国民用汽车保有量35500万辆，当年新注册登记汽车2600万辆。", "2600万辆", "2025"),
    ("截至2025年12月31日，本集团总资产为1200亿元，当年净利润为85亿元。", "85亿元", "2025"),
    ("年末全區實有註冊企業5.2萬戶，當年新登記企業8600戶。", "8600戶", "2025"),
])
def test_that_year_after_a_year_end_is_the_year(text: str, surface: str, period: str) -> None:
    assert _periods(text)[surface] == period


def test_that_year_after_a_month_end_runs_from_january_to_it() -> None:
    got = _periods("截至10月末，全市实有经营主体150万户，当年新增12万户。", date="2025-11-20")
    assert got["12万户"] == "2025-01/2025-10"
    assert got["150万户"] == "2025-10-31"


def test_the_stock_at_the_end_keeps_its_day() -> None:
    got = _periods("年末全市常住人口1286万人，当年出生人口8.2万人。")
    assert got["1286万人"] == "2025-12-31"


def test_an_end_told_after_that_year_is_the_figures_own() -> None:
    got = _periods("2025年末，当年全市新登记经营主体12.5万户，年末实有经营主体150万户。")
    assert got["12.5万户"] == "2025"
    assert got["150万户"] == "2025-12-31"


def test_current_prices_name_no_period() -> None:
    got = _periods("年末全市户籍人口980万人，按当年价格计算，人均地区生产总值9.8万元。")
    assert got["9.8万元"] == "2025-12-31"       # (as before: 当年价 is the prices a sum is valued at)


def test_that_year_without_an_end_before_it_is_left_alone() -> None:
    got = _periods("2025年全市完成固定资产投资2300亿元，当年新开工项目420个。")
    assert got["420个"] == "2025"
