"""A sum given out for a purpose named as a noun phrase is the purpose's
(`中央财政下达1546.83亿元用于困难群众救助补助资金`, sealed3 gold); a purpose opening with a
verb (用于支持…) is an aim and names nothing."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2022-12-20")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("2022年，中央财政下达1546.83亿元用于困难群众救助补助资金，比上年增加70.6亿元。", "1546.83亿元", "困难群众救助补助资金"),
    ("2022年，中央财政下达1546.83亿元用于困难群众救助补助资金，比上年增加70.6亿元。", "70.6亿元", "困难群众救助补助资金"),
    ("省财政安排3.2亿元用于农村公路养护。", "3.2亿元", "农村公路养护"),
    ("市里追加2000万元专项用于老旧小区改造补助。", "2000万元", "老旧小区改造补助"),
])
def test_the_purpose_names_the_sum(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "unexpected"), [
    ("中央财政安排120亿元用于支持农村危房改造。", "120亿元", "支持农村危房改造"),
    ("项目总投资50亿元，用于建设厂房。", "50亿元", "建设厂房"),
])
def test_an_aim_names_nothing(text: str, surface: str, unexpected: str) -> None:
    assert subjects(text)[surface] != unexpected
