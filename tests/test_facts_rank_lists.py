"""Ranks listed with one measure word at the end share it: `排第15及27位` is ranks 15 and 27 with unit
位 (27位 was a count of 27 places), `分列第7至第10位`, `位列第3和第5位`, `分列第二、第三位` give every
rank the 位 of the last; a count after a date (`第3季度和27位员工`) stays a count."""

from __future__ import annotations

import pytest

from store.facts import extract


def got(text: str) -> dict[str, tuple[str, object, str | None]]:
    return {f["surface"]: (f["kind"], f["value"], f["unit"]) for f in extract(text)}


@pytest.mark.parametrize(("text", "want"), [
    ("台湾及中国一齐下跌一级，排第15及27位。", {"第15": ("rank", 15, "位"), "27位": ("rank", 27, "位")}),
    ("瑞典、英国、日本和芬兰分列第7至第10位。", {"第7": ("rank", 7, "位"), "第10位": ("rank", 10, "位")}),
    ("两地GDP位列全省第3和第5位。", {"全省第3": ("rank", 3, "位"), "第5位": ("rank", 5, "位")}),
    ("两队分列第二、第三名。", {"第二": ("rank", 2, "名"), "第三名": ("rank", 3, "名")}),
])
def test_ranks_in_a_list_share_the_last_measure_word(text: str, want: dict) -> None:
    facts = got(text)
    assert {s: facts[s] for s in want} == want


def test_a_count_after_a_quarter_stays_a_count() -> None:
    assert got("第3季度和27位员工签约。")["27位"][0] == "count"
