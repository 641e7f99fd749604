"""Subjects of statistical communiqués' ratios and glossed names (issue 10, probed in the communiqué
register; store/facts/subject_ratios.py, subject_coordinated.py):

- a ratio of two things (`A与B之比`) is named by both — `国内生产总值之比` alone read as a ratio of GDP;
  a clause opening with 与 divides the figure before it in the sentence;
- an abbreviation in brackets (`研究与试验发展（R&D）经费支出`, `并购(M&A)`) glosses the words before it:
  it neither ends the clause nor cuts the coordination it follows."""

from __future__ import annotations

import pytest

from store.facts import extract


def subject(text: str, surface: str) -> str | None:
    found = [f for f in extract(text, date="2026-02-28") if f["surface"] == surface]
    assert len(found) == 1
    return found[0]["subject"]


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("前三季度，经常账户顺差2642亿美元，顺差规模与同期国内生产总值之比为1.5%，继续处于合理均衡区间。", "1.5%",
     "顺差规模与同期国内生产总值之比"),
    ("全年研究与试验发展经费支出33,278亿元，与国内生产总值之比为2.64%。", "2.64%",
     "研究与试验发展经费支出与国内生产总值之比"),
    ("全年研究与试验发展经费支出33,278亿元，与国内生产总值之比达2.64%。", "2.64%",
     "研究与试验发展经费支出与国内生产总值之比"),
    ("城乡居民人均可支配收入之比为2.34。", "2.34", "城乡居民人均可支配收入之比"),
])
def test_a_ratio_is_named_by_both_its_terms(text: str, surface: str, expected: str) -> None:
    assert subject(text, surface) == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("全年研究与试验发展（R&D）经费支出33,278亿元。", "33,278亿元", "研究与试验发展（R&D）经费支出"),
    ("全国研究与试验发展(R&D)经费投入强度为2.68%。", "2.68%", "研究与试验发展(R&D)经费投入强度"),
    ("并购(M&A)交易额达120亿美元。", "120亿美元", "并购(M&A)交易额"),
])
def test_an_abbreviations_bracket_glosses_and_cuts_nothing(text: str, surface: str, expected: str) -> None:
    assert subject(text, surface) == expected
