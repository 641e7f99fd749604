"""A pair word (城乡, 进出口) split over its 分别 figures stays split when the clause before it is a statement of its
own (地方财政收入1.62亿元、增长7.8%): a 、 between a figure and its change lists no partners.  A clause before that
lists partners and no figure (外商投资企业、国有企业，进出口分别…) still keeps the pair whole."""

from __future__ import annotations

import pytest

from store.facts import extract


def _subjects(text: str) -> list[str | None]:
    return [f["subject"] for f in extract(text, date="2024-02-20") if f["kind"] == "percent"]


@pytest.mark.parametrize(("text", "expected"), [
    ("全县地方财政收入2.35亿元、增长6.1%,城乡居民人均可支配收入分别增长5.2%和7.4%。",
     ["全县地方财政收入", "城镇居民人均可支配收入", "农村居民人均可支配收入"]),
    ("一般公共预算收入8.1亿元、下降2.0%,进出口分别增长3.3%和1.9%。",
     ["一般公共预算收入", "进口", "出口"]),
])
def test_a_pair_after_a_statement_with_figures_is_split(text: str, expected: list[str]) -> None:
    assert _subjects(text) == expected


def test_a_pair_after_a_list_of_partners_stays_whole() -> None:
    got = _subjects("外商投资企业、国有企业,进出口分别增长5.5%、2.3%。")
    assert not any(s and s.endswith(("进口", "出口")) and not s.endswith("进出口") for s in got)
