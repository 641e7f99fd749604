"""A national outlet's headline on the national economy makes its placeless figures the country's.

The statistics bureau's monthly release reaches the archive under headlines such as
`前三季度国民经济运行稳中有进` or `7月份经济运行保持总体平稳`: no place, no indicator named. Round 50's rule
made a national outlet's placeless headline national only for the indicators it names, so the release's
社会消费品零售总额 (26 figures in the bulk corpus) stood as a series of no place beside the same indicator's
全国 series from `我国…` headlines (11 figures): one indicator of one place as two series, which an analyst
following it reads as two. A headline on the national economy (国民经济, 宏观经济, 经济运行 right after its period words) is now whole, as
`我国…` is: every placeless figure is the country's unless its clause names another place.
"""

from __future__ import annotations

import pytest

from store.series.indicators import indicator_of, title_entity

CCTV = "央视网/新闻联播"


def _entity(title: str, clause: str, publication: str | None = CCTV) -> str | None:
    fact = {"subject": "社会消费品零售总额", "kind": "percent", "unit": "%", "change": "up", "clause": clause}
    found = indicator_of(fact, title_entity(title, publication))
    return found.entity if found else None


@pytest.mark.parametrize("title", ["前三季度国民经济运行稳中有进", "7月份经济运行保持总体平稳",
                                   "一季度宏观经济数据发布"])
def test_the_release_s_figures_are_the_country_s(title: str) -> None:
    assert _entity(title, "社会消费品零售总额同比增长3.3%") == "全国"


def test_a_clause_naming_a_province_is_still_no_one_s() -> None:
    assert _entity("前三季度国民经济运行稳中有进", "其中江苏社会消费品零售总额增长5%") is None


def test_a_headline_naming_no_economy_is_as_before() -> None:
    # a national outlet's placeless headline on something else makes only the indicators it states national
    assert _entity("消费市场活力释放", "社会消费品零售总额同比增长5.0%") is None


def test_an_industry_s_economy_is_the_industry_s_not_the_country_s() -> None:
    # 轻工业经济运行: light industry's 营业收入 stood against all industry's as the country's (a bulk conflict)
    assert _entity("今年前两个月轻工业经济运行态势良好", "社会消费品零售总额同比增长3.3%") is None


def test_a_local_paper_s_economy_headline_makes_nothing_national() -> None:
    assert _entity("前三季度国民经济运行稳中有进", "社会消费品零售总额同比增长3.3%", "重庆晨报") is None


def test_a_province_s_economy_headline_is_the_province_s() -> None:
    assert _entity("重庆经济运行稳中向好", "社会消费品零售总额同比增长3.3%") == "重庆"
