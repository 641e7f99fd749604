"""The core CPI is one indicator however its definition is written before
it: walking `factdesk series CPI` on the bulk store (app51), the country's
core CPI came in six series — 扣除食品和能源价格的核心CPI (7 figures),
扣除食品和能源的核心CPI, 扣除了食品和能源的核心CPI, 剔除波动较大的食品和能源价格的
核心CPI … — one index the statistics bureau defines one way.  Another
definition is another index and keeps its words (Japan's core CPI leaves
out fresh food alone: 去除生鲜食品后的核心CPI)."""

from __future__ import annotations

import pytest

from store.series.indicators import subject_parts


@pytest.mark.parametrize("subject", [
    "扣除食品和能源价格的核心CPI",
    "扣除食品和能源的核心CPI",
    "扣除了食品和能源的核心CPI",
    "剔除波动较大的食品和能源价格的核心CPI",
    "扣除食品和能源价格后的核心CPI",
    "核心CPI",
])
def test_the_core_cpi_s_definition_is_no_part_of_its_name(subject):
    assert subject_parts(subject) == (None, "核心CPI")


def test_another_definition_is_another_index():
    assert subject_parts("去除生鲜食品后的核心CPI") == (None, "去除生鲜食品后的核心CPI")
    assert subject_parts("扣除食品和能源价格的核心PPI") == (None, "核心PPI")  # the same words before any core index
