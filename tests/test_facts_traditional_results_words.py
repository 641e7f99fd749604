"""Results words in traditional script read as in simplified: 業績, 淨利潤, 利潤總額 and 歸屬 are mapped whole.

numbers.normalize maps the traditional characters the rules meet one to one (store/facts/traditional.py). A word
with only some of its characters in that table was half-mapped — 利潤總額 read 利潤总额 — so neither the
simplified nor the traditional spelling of a rule matched it, and a list's shared noun (`…和裝備行業利潤總額
同比分別增長…`) was not shared (sealed16's industry profits: `機械行業` for `機械行業利潤總額`).
"""

from __future__ import annotations

import pytest

from store.facts import extract
from store.facts.numbers import normalize

PROFITS = "1-6月,全省規模工業化工行業、電子行業和汽車行業利潤總額同比分別增長12.5%、8.1%和3.3%。"


def subject(text: str, surface: str) -> str | None:
    return next(f for f in extract(text, date="2024-08-20") if f["surface"] == surface)["subject"]


@pytest.mark.parametrize("word, simplified", [("業績", "业绩"), ("淨利潤", "净利润"), ("利潤總額", "利润总额"),
                                              ("歸屬", "归属")])
def test_results_words_are_mapped_whole(word: str, simplified: str) -> None:
    assert normalize(word) == simplified


@pytest.mark.parametrize("surface, item", [("8.1%", "電子行業利潤總額"), ("3.3%", "汽車行業利潤總額")])
def test_a_list_of_industries_shares_its_profit_noun(surface: str, item: str) -> None:
    assert subject(PROFITS, surface) == item


def test_the_first_item_keeps_the_shared_noun_too() -> None:
    assert subject(PROFITS, "12.5%").endswith("化工行業利潤總額")


def test_the_subject_is_cut_from_the_text_as_written() -> None:
    assert subject("上半年,集團歸屬於股東的淨利潤為52.3億元,按年增長8.5%。", "52.3億元") == "集團歸屬於股東的淨利潤"
