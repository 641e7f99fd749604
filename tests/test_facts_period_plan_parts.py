"""A five-year plan's first or last years counted (`“十四五”前四年`, `“十四五”头两年`, `“十三五”后三年`): those years, not the
whole plan (tests/gold/README.md "## Conventions", period; sealed27 labels `“十四五”前四年，…年均增长10.5%` 2021/2024).
Each sentence is written for the test.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _periods(text: str, date: str | None = "2025-09-20") -> dict[str, str | None]:
    return {f["surface"]: f.get("period") for f in extract(text, date=date) if f["kind"] not in ("date", "year")}


@pytest.mark.parametrize(("text", "surface", "period"), [
    ("“十四五”前四年，全省研发经费年均增长11.2%。", "11.2%", "2021/2024"),
    ("“十四五”前三年，全市累计完成固定资产投资1.5万亿元。", "1.5万亿元", "2021/2023"),
    ("“十四五”头两年，全省新增城镇就业120万人。", "120万人", "2021/2022"),
    ("“十四五”时期前4年，全国新增高速公路2.6万公里。", "2.6万公里", "2021/2024"),
    ("“十四五”的前四年中，全区粮食产量稳定在50亿斤以上。", "50亿斤以上", "2021/2024"),
    ("“十三五”后三年，全县累计脱贫3.2万人。", "3.2万人", "2018/2020"),
])
def test_the_plans_first_or_last_years_are_those_years(text: str, surface: str, period: str) -> None:
    assert _periods(text)[surface] == period


def test_the_count_of_years_is_that_window() -> None:
    assert _periods("“十四五”前四年，全省研发经费年均增长11.2%。")["四年"] == "2021/2024"


@pytest.mark.parametrize(("text", "surface", "period"), [
    ("“十四五”期间，全市地区生产总值年均增长6.1%。", "6.1%", "2021/2025"),
    ("“十四五”以来，全国累计新增城镇就业5000万人。", "5000万人", "2021/2025"),
])
def test_the_whole_plan_stays_its_five_years(text: str, surface: str, period: str) -> None:
    assert _periods(text)[surface] == period
