"""A level told past with 过 alone after its indicator is qualified 过 (tests/gold/README.md: qualifiers stay in
`qualifier`, never in the subject): `旅游收入过4万亿元` is more than 4万亿元, as `过千万` always was; and a figure
carried from that clause names the indicator, not `…占比过`.  A verb's experiential 过 qualifies nothing."""

from __future__ import annotations

import pytest

from store.facts import extract


def facts(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {f["surface"]: (f["subject"], f["qualifier"]) for f in extract(text, date="2025-01-20")}


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("旅游收入过4万亿元人民币。", "过4万亿元人民币", "旅游收入"),
    ("冬小麦一二类苗占比过八成，比越冬前提高30多个百分点。", "过八成", "冬小麦一二类苗占比"),
    ("参观人数过5000人次。", "过5000人次", "参观人数"),
    ("經營收入過120億元。", "過120億元", "經營收入"),
])
def test_a_level_past_an_indicator_is_qualified(text: str, surface: str, subject: str) -> None:
    assert facts(text)[surface] == (subject, "过")


def test_a_change_after_it_names_the_indicator_without_the_qualifier() -> None:
    got = facts("冬小麦一二类苗占比过八成，比越冬前提高30多个百分点。")
    assert got["30多个百分点"][0] == "冬小麦一二类苗占比"


@pytest.mark.parametrize("text", ["他去过3次北京。", "走过七十载。", "经过八年持续努力。"])
def test_a_verbs_experiential_guo_qualifies_nothing(text: str) -> None:
    assert all(q != "过" for _, q in facts(text).values())
