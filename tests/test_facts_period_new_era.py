"""The years of the "new era" (store/facts/period_new_era.py; tests/gold/README.md, sealed9's, sealed12's and
sealed24's calls): `新时代十年` is 2013/2022 whenever it is told, and the `过去五年` the 20th congress's report pairs
with it ends with the era's last year; a figure told under the era keeps its own period (none here)."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "surface"), [
    ("王晨围绕过去5年的工作和新时代10年的伟大变革等七个方面作了解读。", "2022-11-09", "10年"),
    ("深刻把握新时代十年伟大变革的里程碑意义。", "2022-10-28", "十年"),
    ("新时代10年来，党和国家事业取得历史性成就。", "2023-01-05", "10年"),
])
def test_the_new_era_s_ten_years_are_2013_to_2022(text: str, date: str, surface: str) -> None:
    assert periods(text, date)[surface] == "2013/2022"


@pytest.mark.parametrize(("text", "date", "surface"), [
    ("侯建国从过去5年的工作和新时代10年的伟大变革等8个方面，对大会精神进行了解读。", "2022-11-09", "5年"),
    ("栗战书说，过去五年的工作、新时代十年的伟大变革，举世瞩目。", "2022-10-25", "五年"),
])
def test_the_past_five_years_paired_with_the_era_end_with_it(text: str, date: str, surface: str) -> None:
    assert periods(text, date)[surface] == "2018/2022"


def test_a_figure_told_under_the_era_keeps_its_own_period() -> None:
    got = periods("新时代十年，我国国内生产总值从54万亿元增长到114万亿元。", "2022-10-20")
    assert got["54万亿元"] is None and got["114万亿元"] is None


def test_the_past_year_beside_the_era_is_not_paired() -> None:
    assert periods("过去一年和新时代十年的成就令人振奋。", "2022-10-25")["一年"] is None
