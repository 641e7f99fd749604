"""A change whose clause names nothing, after a clause that opens with a noun phrase and goes on
with a reason (因/由于/受), is that noun phrase's change, not the sentence's earlier indicator's."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2026-01-20")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("持續推升資訊通信及電子產品接單成長，分別年增88.1%、39.9%；光學器材因光學檢測及量測設備接單續增，年增13.1%。",
     "13.1%", "光學器材"),
    ("致塑橡膠製品年減8.2%及化學品年減0.4%；機械產品因半導體設備訂單增加，年增17.2%。", "17.2%", "機械產品"),
    ("进口额下降2.1%；出口受海外需求回暖带动，同比增长8%。", "8%", "出口"),
])
def test_a_reason_clause_names_what_changed(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_a_clause_without_a_reason_is_left_alone() -> None:
    got = subjects("化學品年減0.4%；機械產品訂單增加，年增17.2%。")["17.2%"]
    assert got != "機械產品訂單增加"


def test_a_sentence_opening_with_its_reason_is_left_to_the_other_rules() -> None:
    got = subjects("調查結果指出,1月零售業營業額因汽車及其零配件用品業營業額大幅衰退,年減24.52%;燃料零售業減少7.26%。")
    assert "汽車及其零配件用品業營業額" in got["24.52%"]
