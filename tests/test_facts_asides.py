"""A figure in a bracketed aside lends the sentence no subject: the bare changes after the aside are
still the indicator's the sentence opened with (`全国猪肉批发价格为20.75元/公斤,…,(猪肉批发价格指数为
176.42),比1月16日下降1.0%`), while the aside's own figure keeps the aside's name."""

from __future__ import annotations

import pytest

from store.facts import extract


def _subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2013-01-25")
            if f["kind"] not in ("date", "year", "duration")}


@pytest.mark.parametrize(("text", "indicator", "aside", "after"), [
    ("全国猪肉批发价格为20.75元/公斤,较1月16日下降0.20元/公斤,(猪肉批发价格指数为176.42),比1月16日下降1.0%,"
     "比前一周均价下降3.69%,较去年同期下降11.26%。", "全国猪肉批发价格", ("176.42", "猪肉批发价格指数"),
     ("1.0%", "3.69%", "11.26%")),
    ("全国白条鸡平均出厂价格为18.2元/公斤,(白条鸡出厂价格指数为98.6),环比下降0.5%。", "全国白条鸡平均出厂价格",
     ("98.6", "白条鸡出厂价格指数"), ("0.5%",)),
    ("本市二手住宅成交均价为每平方米5.2万元（成交价格指数为103.4），环比上涨0.8%，同比上涨2.6%。",
     "二手住宅成交均价", ("103.4", "成交价格指数"), ("0.8%", "2.6%")),
])
def test_an_aside_lends_no_subject_to_the_figures_after_it(text: str, indicator: str, aside: tuple[str, str],
                                                          after: tuple[str, ...]) -> None:
    got = _subjects(text)
    assert got[aside[0]] == aside[1]
    for s in after:
        assert got[s] == indicator, (s, got)
