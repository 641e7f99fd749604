"""A founding year dates no figure after it (store/facts/period_founding.py): the staff, residents or
daily throughput of a body founded in 2018 are of now, not of 2018; a period stated for a figure keeps it."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "surface"), [
    ("公司成立于2018年，拥有60余名员工，同时拥有3000万以上的用户。", "60余名"),
    ("公司成立于2018年，拥有60余名员工，同时拥有3000万以上的用户。", "3000万以上"),
    ("成立于2002年的爱民社区是一个多民族社区，有居民6000多人。", "6000多人"),
    ("该炼油厂建于1911年，每天加工原油超过276000桶，是当地最大的炼油厂。", "超过276000桶"),
    ("成立于2019年的马背警队，10名队员平均年龄30岁。", "10名"),
    ("这家博物馆创建于1958年，现有藏品12万件。", "12万件"),
])
def test_a_figure_after_a_founding_year_is_not_of_that_year(text: str, surface: str) -> None:
    got = periods(text, "2025-03-10")
    assert got[surface] is None
    assert any(v is not None for k, v in got.items() if k.endswith("年") and k[0].isdigit())   # the year stays


def test_a_figure_with_a_period_of_its_own_keeps_it() -> None:
    assert periods("该公司成立于2018年，2024年营业收入达3亿元。", "2025-03-10")["3亿元"] == "2024"


def test_a_year_something_happened_in_still_dates_its_figures() -> None:
    assert periods("2018年，全市新成立企业1.2万家。", "2025-03-10")["1.2万家"] == "2018"
