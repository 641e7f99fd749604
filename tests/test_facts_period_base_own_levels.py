"""A comparison base's own level is of the base's period, and a year that explains a base effect
is no period (store/facts/periods.py, store/facts/period_forms.py, store/facts/changes.py):
`較2020年的負成長3.4%` is 2020's growth, stated as a level (no change, no base, the sign kept);
`較今年7月時的高位398.2點` is July's level; `叠加去年同期低基数…利润总额46929.7亿元` is this year's."""

from __future__ import annotations

import pytest

from store.facts import extract


def facts(text: str, date: str | None = None) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    ("初估2023年經濟成長率為1.4%,較2022年的負成長2.1%明顯回升。", "2024-02-20", "2.1%", "2022"),
    ("初估2023年經濟成長率為1.4%,較2022年的成長2.6%略為放緩。", "2024-02-20", "2.6%", "2022"),
    ("10月私人樓價指數報352.1點,較今年4月時的高位360.5點,回落2.3%。", "2023-11-25", "360.5點", "2023-04"),
])
def test_a_bases_own_level_after_its_period_is_of_that_period(text: str, date: str, surface: str, period: str) -> None:
    assert facts(text, date)[surface]["period"] == period


def test_a_bases_own_growth_is_a_level_with_its_written_sign() -> None:
    f = facts("初估2023年經濟成長率為1.4%,較2022年的負成長2.1%明顯回升。", "2024-02-20")["2.1%"]
    assert (f["value"], f["change"], f["base"]) == (-2.1, None, None)


def test_a_growth_after_a_base_without_its_level_is_still_a_change_of_the_sentences_period() -> None:
    f = facts("2023年第一产业增加值89755亿元,比上年增长4.1%。", "2024-02-29")["4.1%"]
    assert (f["period"], f["change"], f["base"]) == ("2023", "up", "上年")


@pytest.mark.parametrize(("text", "date", "surface", "period"), [
    ("1至8月,叠加去年同期低基数等因素,全国规模以上工业企业实现利润总额46929.7亿元,同比增长0.9%。",
     "2025-09-27", "46929.7亿元", "2025-01/2025-08"),
    ("1-5月,受上年同期基数较低影响,全市社会消费品零售总额增长12.4%。", "2023-06-20", "12.4%", "2023-01/2023-05"),
])
def test_a_year_that_explains_a_base_effect_is_not_the_figures_period(text: str, date: str, surface: str, period: str) -> None:
    assert facts(text, date)[surface]["period"] == period
