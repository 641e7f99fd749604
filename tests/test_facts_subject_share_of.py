"""A share told `X在Y所佔的比重` (store/facts/subject_share_of.py) is named by the whole phrase — X's share in Y —
not by Y's share (M2所佔比重), and a list before 分別 gives each item its share."""

from __future__ import annotations

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2023-04-28")}


def test_a_share_in_a_whole_is_the_owners() -> None:
    got = subjects("在存款結構方面,澳門元在存款總額所佔的比重為31.2%,按月及按年分別上升0.3及1.1個百分點。")
    assert got["31.2%"] == "澳門元在存款總額所佔的比重"
    assert got["0.3"] == got["1.1個百分點"] == "澳門元在存款總額所佔的比重"


def test_a_list_of_owners_gives_each_its_share() -> None:
    got = subjects("按幣種分析,港元、人民幣及美元在存款總額的比重分別為45.1%、7.9%及12.3%。")
    assert got["45.1%"] == "港元在存款總額的比重"
    assert got["7.9%"] == "人民幣在存款總額的比重"
    assert got["12.3%"] == "美元在存款總額的比重"
