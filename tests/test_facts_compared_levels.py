"""A bare index level compared with, two or three clauses after the index is named, is still an
index (`全國指數為340.79,較去年同期的417.76,按年下降18.42%,較7月的348.10,按月下降2.10%`): the
reader looks back over the comparison clauses to the name; a bare number after a sum of money
is no index."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "surface"), [
    ("今年8月份全國指數為340.79,較去年同期的417.76,按年下降18.42%,較今7月的348.10,按月下降2.10%。", "348.10"),
    ("8月全国指数为340.79,较去年同期的417.76,同比下降18.42%,较7月的348.10,环比下降2.10%。", "348.10"),
    ("本月景气指数为52.3,较上月的51.8,环比上升0.5,较去年同期的49.7。", "49.7"),
    ("城乡居民收入比缩小到2.39，比上年下降0.06。", "2.39"),
])
def test_a_compared_level_of_a_named_index_is_an_index(text: str, surface: str) -> None:
    got = {f["surface"]: f["kind"] for f in extract(text)}
    assert got.get(surface) == "index"


def test_a_bare_number_after_a_sum_of_money_is_no_index() -> None:
    got = {f["surface"]: f["kind"] for f in extract("销售额为340亿元,较去年同期的417.76,按年下降18.42%,较7月的348.10。")}
    assert "348.10" not in got and "417.76" not in got
