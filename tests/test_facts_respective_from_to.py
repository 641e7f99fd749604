"""Rate lists of a central-bank decision (the sealed4 sample's Taiwan 央行 releases, as rules):
`A、B及C分別由x1、x2及x3調整為y1、y2及y3` gives the i-th item both its old and its new rate;
an item that already ends as the shared head does (`重貼現率` before `…融通利率`) takes no second
head; `A、B及C各調升…`: 各 ("each") is no part of the subject.  Sentences written for the rule."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2022-06-16") if f["kind"] not in ("date", "year")}


@pytest.mark.parametrize("text", [
    "重貼現率、擔保放款融通利率及短期融通利率分別由年息1.375%、1.75%及3.625%調整為1.5%、1.875%及3.75%。",
    "重贴现率、担保放款融通利率及短期融通利率分别由1.375%、1.75%及3.625%调整为1.5%、1.875%及3.75%。",
])
def test_the_ith_item_owns_the_ith_rate_before_and_after_the_change(text: str) -> None:
    got = list(subjects(text).values())
    assert got[0].startswith("重") and got[1].startswith(("擔保", "担保")) and got[2].startswith("短期")
    assert got[0] == got[3] and got[1] == got[4] and got[2] == got[5]
    assert got[0] != got[1]


def test_two_items_from_a_level_to_a_level() -> None:
    got = subjects("一年期和五年期LPR分别由3.45%和3.95%下调至3.35%和3.85%。")
    assert got["3.45%"] == got["3.35%"] and got["3.95%"] == got["3.85%"] and got["3.45%"] != got["3.95%"]


def test_an_item_ending_as_the_head_takes_no_second_head() -> None:
    got = subjects("重贴现率、担保放款融通利率及短期融通利率分别为1.5%、1.875%及3.75%。")
    assert got["1.5%"] == "重贴现率"
    assert got["3.75%"] == "短期融通利率"


def test_a_shared_head_is_still_given_to_items_without_it() -> None:
    got = subjects("出口、进口总额分别增长5.2%和3.1%。")
    assert got["5.2%"] == "出口总额"


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("本行重貼現率、擔保放款融通利率及短期融通利率各調升0.125個百分點。", "0.125個百分點", "擔保放款融通利率及短期融通利率"),
    ("一年期和五年期LPR各下调10个基点。", "10个基点", "一年期和五年期LPR"),
])
def test_each_is_no_part_of_the_subject(text: str, surface: str, subject: str) -> None:
    assert subjects(text)[surface] == subject
