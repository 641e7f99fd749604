"""Measure words and currencies read in either script: a sum in 歐元 is in euros (`15億歐元`), stems
of flowers are counted in 枝 (`20万枝马蹄莲`), cities in 城 (`有27城…上涨`, Arabic digits only: 一枝独秀,
城乡 are words), and places in a ranking in 个位次 whatever the verb (`较6月份提高4个位次`).
Sentences written for the rules."""

from __future__ import annotations

import pytest

from store.facts import extract


def facts_of(text: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text)}


@pytest.mark.parametrize(("text", "surface", "kind", "unit"), [
    ("另發行總值12億歐元綠色債券,年期包括5年及8年。", "12億歐元", "money", "欧元"),
    ("预计到春节，基地将陆续上市15万枝鲜切花。", "15万枝", "count", "枝"),
    ("8月份70个大中城市中有31城新建商品住宅价格环比上涨。", "31城", "count", "城"),
    ("今年以来该市排名较一季度提高3个位次。", "3个位次", "rank", "个位次"),
    ("全区经济增速居全省第5位,较上月前移2个位次。", "2个位次", "rank", "个位次"),
])
def test_the_measure_word_is_the_unit(text, surface, kind, unit) -> None:
    f = facts_of(text)[surface]
    assert (f["kind"], f["unit"]) == (kind, unit)


@pytest.mark.parametrize("text", ["全市城乡居民收入差距缩小。", "这家企业在行业中一枝独秀。", "推进5城区改造。"])
def test_words_made_with_the_measure_word_are_no_counts(text) -> None:
    assert not [f for f in extract(text) if f.get("unit") in ("城", "枝")]
