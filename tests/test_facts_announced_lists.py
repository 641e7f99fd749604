"""A 分别 list whose items a ranking announces in the clause before (the sealed4 sample's
energy-intensity communiqué, as a rule): `下降最多的前三位是山西、北京和天津,分别下降了x、y和z`
— the items are what follows 是/为, not the ranking phrase before it.  Sentences written for the
rule."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> list[str | None]:
    return [f["subject"] for f in extract(text, date="2009-08-01") if f["kind"] == "percent"]


@pytest.mark.parametrize(("text", "want"), [
    ("2008年单位GDP能耗下降最多的前三位是山西、北京和天津,分别下降了7.39%、7.36%和6.85%。",
     ["山西", "北京", "天津"]),
    ("下降最少的是海南、新疆和四川,分别下降2.55%、3.15%和3.55%。", ["海南", "新疆", "四川"]),
    ("增速居前的三个行业依次为汽车、电子和医药,分别增长12.1%、10.5%和9.8%。", ["汽车", "电子", "医药"]),
    ("2009年能耗最高的前三位為寧夏、青海和山西,分別下降5.1%、4.2%和3.3%。", ["寧夏", "青海", "山西"]),
])
def test_the_items_follow_the_word_that_announces_them(text: str, want: list[str]) -> None:
    assert subjects(text) == want


def test_a_list_not_announced_keeps_its_items_whole() -> None:
    assert subjects("以制造业为主的工业、服务业分别增长5.1%和6.2%。")[1] == "服务业"
