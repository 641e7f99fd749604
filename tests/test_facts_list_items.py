"""Lists told item by item (store/facts/subject_list_items.py): 各為 as 分别为, 占 kept in a
share's items, no verb phrase in the head the items share."""

from __future__ import annotations

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2024-08-15")}


def test_each_is_respectively() -> None:
    got = subjects("央行理監事會決議維持重貼現率、擔保放款融通利率及短期融通利率各為1.875％、2.25％及4.125％。")
    assert got["1.875％"] == "重貼現率"
    assert got["2.25％"] == "擔保放款融通利率"
    assert got["4.125％"] == "短期融通利率"


def test_each_with_a_count_that_differs_from_the_items_is_left_alone() -> None:
    got = subjects("甲、乙两组各为3人。")
    assert got["3人"] != "甲"


def test_a_shares_items_keep_the_share_word() -> None:
    got = subjects("2024年，电子制造业、汽车制造业占规模以上工业增加值比重分别升至12.1%、9.8%。")
    assert got["12.1%"] == "电子制造业占规模以上工业增加值比重"
    assert got["9.8%"] == "汽车制造业占规模以上工业增加值比重"


def test_a_verb_phrase_is_no_part_of_the_head_a_list_shares() -> None:
    got = subjects("水电、核电装机实现较快增长,同比分别增长6.5%和8.2%。")
    assert got["6.5%"] is not None and "实现" not in got["6.5%"]
    assert got["8.2%"] is not None and got["8.2%"].startswith("核电") and "实现" not in got["8.2%"]


def test_a_count_of_items_growing_keeps_its_verb() -> None:
    got = subjects("41个工业大类行业中30个行业增加值实现增长。")
    assert got["30个"] == "行业增加值实现增长"


def test_a_list_in_the_next_clause_goes_on_with_the_items() -> None:
    got = subjects("8月份,汽车制造业和电气机械行业增加值同比分别增长11.2%、7.6%,快于规模以上工业6.1、2.5个百分点。")
    assert got["6.1"] == "汽车制造业增加值"
    assert got["2.5个百分点"] == "电气机械行业增加值"


def test_a_single_figure_after_a_list_is_left_alone() -> None:
    got = subjects("汽车制造业和电气机械行业增加值同比分别增长11.2%、7.6%,拉动全部工业增长1.3个百分点。")
    assert got["1.3个百分点"] != "汽车制造业增加值"
