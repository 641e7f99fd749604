"""Two items named by a listing verb (有/是/包括 A 及/和/与 B), then their figures two by two in the
clauses after it (`金額分別是x及y，年增率分別為p及q`, `年增35％與37％`): the first figure of each pair is
the first item's, the second the second's — not the speaker's, nor a bare 金額 for both."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2026-01-20")}


TW = ("黃偉傑指出，全年訂單規模創新高的產品有資訊通信及電子產品，金額分別是2334.2億美元及2916.2億美元，"
      "年增率分別為35.7％及37.9％；114年外銷訂單金額較113年增加1533億美元。")


@pytest.mark.parametrize(("text", "surface", "expected"), [
    (TW, "2334.2億美元", "資訊通信"),
    (TW, "2916.2億美元", "電子產品"),
    (TW, "35.7％", "資訊通信"),
    (TW, "37.9％", "電子產品"),
    ("表現最好的是「資訊通信產品」與「電子產品」，年增35％與37％，再來是機械。", "35％", "資訊通信產品"),
    ("表現最好的是「資訊通信產品」與「電子產品」，年增35％與37％，再來是機械。", "37％", "電子產品"),
    ("增长最快的是东盟和欧盟，分别增长12.1%和8.3%。", "8.3%", "欧盟"),
    ("主要出口产品包括钢材与水泥，出口额分别为120亿元和45亿元。", "45亿元", "水泥"),
])
def test_figures_in_pairs_are_the_listed_items(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_the_list_reaches_no_further_than_its_sentence_part() -> None:
    assert subjects(TW)["1533億美元"] == "外銷訂單金額"


def test_a_pair_without_a_list_before_it_keeps_its_subject() -> None:
    got = subjects("我国汽车产销分别完成756.1万辆和747万辆，同比分别增长14.5%和11.2%。")
    assert got["756.1万辆"] == "汽车产销"


def test_a_list_of_three_is_no_pair() -> None:
    got = subjects("增长最快的是东盟、欧盟和日本，分别增长12.1%和8.3%。")
    assert got["8.3%"] != "欧盟"
