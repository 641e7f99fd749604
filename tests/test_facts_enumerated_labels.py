"""Numbers inside a label that names no measured thing (tests/gold/README.md: labels yield no fact): a speaker's
points enumerated (`第三個原因`, `第二个方面`: sealed22 traps `第三個`), and the official output statistic named by the
metals it sums (`十种有色金属产量`: sealed22 traps `十种`); the figures told of them stay.  Sentences written for the rule."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "label"), [
    ("官員說,第三個原因是新興應用加速拓展。", "第三個"),
    ("第二个方面是要稳住外贸基本盘。", "第二个"),
    ("1-9月,十种有色金属产量同比增长2.1%。", "十种"),
    ("十種有色金屬產量增長0.7%。", "十種"),
])
def test_a_number_naming_a_label_is_no_figure(text: str, label: str) -> None:
    assert not [f for f in extract(text) if f["surface"] == label]


def test_the_figure_told_of_the_aggregate_stays_its() -> None:
    got = [f for f in extract("粗钢增长1.4%,十种有色金属增长0.7%。") if f["surface"] == "0.7%"]
    assert [f["subject"] for f in got] == ["十种有色金属"]


def test_an_ordinal_of_a_thing_stays_a_rank() -> None:
    assert [f["value"] for f in extract("我国第一个自由贸易试验区挂牌。") if f["kind"] == "rank"] == [1]
