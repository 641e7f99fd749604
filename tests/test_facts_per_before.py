"""A denominator written before a price move (the sealed4 sample's oil and petrol reports, as
rules): `每桶再跌37美分`, `每桶也下滑26美分`, `每加仑下跌2.86美分`, `自每加仑2.92美元的天价`
keep the unit over 桶/加仑 when an adverb or a two-character move stands between.  Sentences
written for the rule."""

from __future__ import annotations

import pytest

from store.facts import extract


def unit(text: str, surface: str) -> str:
    got = extract(text, date="2005-10-21")
    found = [f for f in got if f["surface"] == surface]
    assert len(found) == 1, (surface, [f["surface"] for f in got])
    return found[0]["unit"]


@pytest.mark.parametrize(("text", "surface", "want"), [
    ("纽约原油期货电子交易每桶再跌37美分。", "37美分", "美分/桶"),
    ("12月期货每桶也下滑26美分,为61.55美元。", "26美分", "美分/桶"),
    ("布伦特原油每桶又回落1.2美元。", "1.2美元", "美元/桶"),
    ("汽油期货每加仑下跌2.86美分。", "2.86美分", "美分/加仑"),
    ("也自每加仑2.92美元的天价回跌43%。", "2.92美元", "美元/加仑"),
    ("國際金價每盎司亦攀升12美元。", "12美元", "美元/盎司"),
])
def test_the_denominator_before_an_adverb_and_a_move_stays_with_the_price(text: str, surface: str,
                                                                            want: str) -> None:
    assert unit(text, surface) == want


@pytest.mark.parametrize(("text", "surface", "want"), [
    ("每年再投入500万元用于培训。", "500万元", "元/年"),     # a flow per year, as before
    ("全县每人平均收入再增500元,达到2万元。", "2万元", "元"),   # a level after the clause: no denominator
])
def test_other_per_words_are_unchanged(text: str, surface: str, want: str) -> None:
    assert unit(text, surface) == want


def test_a_long_unit_with_its_abbreviation_in_brackets_is_the_denominator() -> None:
    facts = [f for f in extract("天然氣期貨價格重挫14.7%，跌至每百萬英熱單位 (MMBtu)3.70 美元。") if f["kind"] == "money"]
    assert facts[0]["unit"] == "美元/百万英热单位" and facts[0]["per"] == "百万英热单位"
