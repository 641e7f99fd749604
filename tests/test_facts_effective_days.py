"""Levels a decision sets take the day they take effect from (store/facts/period_effective.py; sealed4 and
sealed12 label Taiwan's rate decisions so): the levels reached are that day's, the levels left and the step
keep theirs."""

from __future__ import annotations

import pytest

from store.facts import extract


def facts(text: str, date: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "reached", "day"), [
    ("本行重貼現率、擔保放款融通利率及短期融通利率各調降0.25個百分點,分別由年息1.75%、2.125%及4.0%調整為1.5%、"
     "1.875%及3.75%,自本(109)年3月20日起實施。", "2020-03-19", ("1.5%", "1.875%", "3.75%"), "2020-03-20"),
    ("新臺幣存款準備率由4%調高為4.25%,自本年10月1日起實施。", "2022-09-22", ("4.25%",), "2022-10-01"),
    ("该国宣布将进口钢材关税从目前的10%上调至25%，自7月1日起生效。", "2025-06-12", ("25%",), "2025-07-01"),
])
def test_the_levels_reached_are_of_the_day_they_take_effect(text: str, date: str, reached: tuple[str, ...],
                                                             day: str) -> None:
    got = facts(text, date)
    assert [got[s]["period"] for s in reached] == [day] * len(reached)


def test_the_levels_left_and_the_step_keep_no_day() -> None:
    got = facts("本行重貼現率調升0.125個百分點,由年息1.875%調整為2%,自本(111)年9月23日起實施。", "2022-09-22")
    assert got["2%"]["period"] == "2022-09-23"
    assert got["1.875%"]["period"] is None
    assert got["0.125個百分點"]["period"] is None



def test_a_decision_told_from_its_day_first_leaves_the_level_left_without_period() -> None:
    got = facts("中国人民银行决定自9月15日起，将金融机构外汇存款准备金率从6%下调至4%。", "2025-09-05")
    assert got["4%"]["period"] == "2025-09-15"
    assert got["6%"]["period"] is None      # not the day's level, and the day before is not told
