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


@pytest.mark.parametrize(("text", "surface", "unit", "subject"), [
    # Macao's press writes the pataca before the sum and 元 after it (sealed26): not renminbi
    ("博彩稅收入預算由澳門幣982.1億下調49%至澳門幣499.8億元。", "499.8億元", "澳门元", "博彩稅收入預算"),
    ("政府四月的博彩稅收只有澳門幣20.4億元。", "20.4億元", "澳门元", "政府博彩稅收"),   # (X<period>的Y: XY, sealed44)
    ("全年旅游收入澳门币20.4亿元。", "20.4亿元", "澳门元", "旅游收入"),
    ("博彩毛收入葡币200亿元。", "200亿元", "澳门元", "博彩毛收入"),
    ("該公司海外營收美金20.4億元。", "20.4億元", "美元", "海外營收"),
    ("全年出口额日币3000亿元。", "3000亿元", "日元", "出口额"),
])
def test_other_currencies_named_before_a_sum_in_yuan(text: str, surface: str, unit: str, subject: str) -> None:
    found = [f for f in extract(text) if f["surface"] == surface]
    assert len(found) == 1 and (found[0]["unit"], found[0]["subject"]) == (unit, subject)


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("美金贬值2%，日币升值1%。", "2%", "美金"),
    ("美金贬值2%，日币升值1%。", "1%", "日币"),
    ("加幣貶值1.12%、日圓貶值1.27%。", "1.27%", "日圓"),
])
def test_a_currency_that_moves_stays_the_subject(text: str, surface: str, subject: str) -> None:
    found = [f for f in extract(text) if f["surface"] == surface]
    assert len(found) == 1 and found[0]["subject"] == subject


@pytest.mark.parametrize(("text", "surface"), [
    ("公司第三季營收達120億元新台幣,年增18%。", "120億元"),
    ("集中市場成交值3500億元新臺幣。", "3500億元"),
])
def test_the_taiwan_dollar_named_right_after_the_sum(text: str, surface: str) -> None:
    found = [f for f in extract(text) if f["surface"] == surface]
    assert len(found) == 1 and found[0]["unit"] == "新台币元"
