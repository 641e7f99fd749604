"""The comparison base as the text names it, without what is not the base (store/facts/base_tidy.py,
changes.py; tests/gold/README.md conventions, sealed9's labels)."""

from __future__ import annotations

import pytest

from store.facts import extract


def bases(text: str, date: str = "2025-01-10") -> dict[str, str | None]:
    return {f["surface"]: f["base"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "surface", "base"), [
    ("预计2024年半年度净利润1.2亿元,与上年同期(法定披露数据)相比,将增加4332.68万元。", "4332.68万元", "上年同期"),
    ("营业收入8.1亿元，与上年同期（追溯调整后）相比增长12.5%。", "12.5%", "上年同期"),
])
def test_a_note_in_brackets_is_not_part_of_the_base(text: str, surface: str, base: str) -> None:
    assert bases(text)[surface] == base


@pytest.mark.parametrize(("text", "surface", "base"), [
    ("1-11月累计发电2542.95亿千瓦时,同比增长0.2%,较1-10月增速降低0.9个百分点。", "0.9个百分点", "1-10月"),
    ("11月份，社会消费品零售总额同比增长3.0%，比上月增速回落0.2个百分点。", "0.2个百分点", "上月"),
])
def test_a_periods_rate_compared_with_is_that_period(text: str, surface: str, base: str) -> None:
    assert bases(text)[surface] == base


def test_an_items_rate_compared_with_keeps_its_words() -> None:
    got = bases("一季度营收同比增长8.2%，比上年全年营收增速加快1.1个百分点。")
    assert got["1.1个百分点"] == "上年全年营收增速"


@pytest.mark.parametrize(("text", "surface", "base"), [
    ("2025年的外銷訂單金額逼近7500億大關，比起前一年度增加1533.4億美元。", "1533.4億美元", "前一年度"),
    ("今年出口额比起去年同期增长12%。", "12%", "去年同期"),
])
def test_bi_qi_compares_with_what_follows_it(text: str, surface: str, base: str) -> None:
    assert bases(text)[surface] == base


def test_a_year_on_year_rate_said_to_reach_a_level_is_over_a_year() -> None:
    got = bases("電子產品接單金額二八四點一億美元，創歷年單月新高，年增率高達百分之卅五點九。")
    assert got["百分之卅五點九"] == "上年同期"
