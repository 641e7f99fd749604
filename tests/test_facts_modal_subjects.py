"""A forecast's modal is no part of its subject: `出超有機會破一五〇〇億美元` is the surplus's (有 no longer
cuts it to 機會), `出口確定破六千億美元` the exports' (確定 is dropped like 有望, 将会)."""

from __future__ import annotations

import pytest

from store.facts import extract


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("今年出口確定破六千億美元、出超有機會破一五〇〇億美元，雙雙改寫歷年新高。", "一五〇〇億美元", "出超"),
    ("今年出口確定破六千億美元、出超有機會破一五〇〇億美元，雙雙改寫歷年新高。", "六千億美元", "出口"),
    ("全年营收有机会突破1000亿元。", "1000亿元", "营收"),
    ("全年净利润有望达到20亿元。", "20亿元", "净利润"),
])
def test_a_modal_before_the_figure_is_no_part_of_the_subject(text: str, surface: str, expected: str) -> None:
    assert next(f["subject"] for f in extract(text, date="2021-12-08") if f["surface"] == surface) == expected
