"""A sum in 元 written right after the Taiwan dollar's name is in 新台币元 (sealed11's treasury auctions:
`公告發行額:新臺幣200億元`), as a bracket after it names the dollar (`224.9億元(澳門元,下同)`); 人民币 before
元 changes nothing.  Sentences written for the rule."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "surface"), [
    ("(三)公告發行額:新臺幣200億元。", "200億元"),
    ("投標總額:新臺幣 373.500億元。", "373.500億元"),
    ("今年營收達新台幣1,234億元,年增12%。", "1,234億元"),
])
def test_the_taiwan_dollar_named_before_the_sum(text: str, surface: str) -> None:
    found = [f for f in extract(text) if f["surface"] == surface]
    assert len(found) == 1 and found[0]["unit"] == "新台币元"


@pytest.mark.parametrize("text", ["发行人民币200亿元债券。", "营收200亿元,同比增长5%。"])
def test_renminbi_and_bare_sums_keep_yuan(text: str) -> None:
    assert [f["unit"] for f in extract(text) if f["kind"] == "money"] == ["元"]


@pytest.mark.parametrize(("text", "surface"), [
    ("公司第三季營收達120億元新台幣,年增18%。", "120億元"),
    ("集中市場成交值3500億元新臺幣。", "3500億元"),
])
def test_the_taiwan_dollar_named_right_after_the_sum(text: str, surface: str) -> None:
    found = [f for f in extract(text) if f["surface"] == surface]
    assert len(found) == 1 and found[0]["unit"] == "新台币元"
