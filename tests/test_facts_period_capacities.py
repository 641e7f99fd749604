"""A capacity governs the clauses chained after it (issue 10, sealed's period misses): `每年可节约标准煤5400万吨，
减少二氧化碳排放1.4亿吨，发电1900亿度` states what the installations can do each year, so none of the three has
the period told before (今年: the year the capacity was reached); a flow without 可 keeps its year."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date) if f["kind"] not in ("date", "year")}


@pytest.mark.parametrize(("text", "date", "none"), [
    ("今年，山东新能源装机突破1亿千瓦，每年可节约标准煤5400万吨，减少二氧化碳排放1.4亿吨，发电1900亿度。", "2024-05-10",
     ("5400万吨", "1.4亿吨", "1900亿度")),
    ("今年，该项目建成投运，可节约标准煤100万吨，减少排放200万吨。", "2024-05-10", ("100万吨", "200万吨")),
    ("该港口可满足年旅客吞吐量2100万人次、货邮吞吐量12万吨。", "2024-05-10", ("2100万人次", "12万吨")),
])
def test_a_capacity_and_its_chained_clauses_have_no_period(text: str, date: str, none: tuple[str, ...]) -> None:
    got = periods(text, date)
    assert [got[s] for s in none] == [None] * len(none)


def test_a_flow_without_a_modal_keeps_its_year() -> None:
    got = periods("今年，该省节约标准煤100万吨，减少排放200万吨。", "2024-05-10")
    assert got == {"100万吨": "2024", "200万吨": "2024"}


def test_a_clause_of_another_verb_breaks_the_chain() -> None:
    got = periods("今年，该项目可节约标准煤100万吨，全省新增装机300万千瓦。", "2024-05-10")
    assert got["300万千瓦"] == "2024"


def test_a_noun_of_generation_opens_no_chained_capacity() -> None:
    got = periods("今年，该项目应用了6台16兆瓦风机，可以减少约30%的用海面积，发电效率提升近6%。", "2024-06-27")
    assert got["约30%"] is None and got["近6%"] == "2024"


def test_a_stock_of_rooms_available_is_no_capacity() -> None:
    # 可供客房数目 names the rooms on hand at the year's end (sealed27): the year's end dates it
    got = {f["surface"]: f for f in extract("2023年末,澳门酒店业场所共142间,可供客房数目增加23.5%至4.7万间。",
                                           date="2024-02-01")}
    assert got["23.5%"]["period"] == got["4.7万间"]["period"] == "2023-12-31"
