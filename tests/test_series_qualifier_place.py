"""A series' or a conflict's figure keeps its qualifier where Chinese
writes it: 2万多个, 70余项, 60%以上, 30天左右 — the lines put every
qualifier first, so 多2万个 read "2万 more", 余6,600起 and 以上60% read as
nothing a reader says (the bulk corpus's series gave all four).  A sign
stays before a qualifier written first: -超过2% is "-2 or lower"."""

from __future__ import annotations

import pytest

from tui.series_output import row_value


@pytest.mark.parametrize(("row", "said"), [
    ({"kind": "count", "value": 20000, "unit": "个", "qualifier": "多"}, "2万多个"),
    ({"kind": "count", "value": 70, "unit": "项", "qualifier": "余"}, "70余项"),
    ({"kind": "percent", "value": 60, "unit": "%", "qualifier": "以上"}, "60%以上"),
    ({"kind": "duration", "value": 30, "unit": "天", "qualifier": "左右"}, "30天左右"),
    ({"kind": "money", "value": 100000000000, "unit": "元", "qualifier": "超"}, "超1000亿元"),
    ({"kind": "percent", "value": -2, "unit": "%", "qualifier": "超过", "measure": "change"}, "-超过2%"),
    ({"kind": "percent", "value": 5, "unit": "%", "qualifier": "约", "measure": "change"}, "+约5%"),
])
def test_a_qualifier_stands_where_chinese_writes_it(row, said):
    assert row_value(row) == said
