"""Subject classes where the clause's words name no indicator: a loss after a verb, the time an
agent spent, a window closed by 止, a rank whose clause opens with its verb.  Each example is a
sentence written for the class."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-09-01")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("上半年归母净利润自去年同期亏损820万元变为亏损305万元。", "305万元", "归母净利润"),
    ("预计扣非净亏损3000万元，而上年同期取得亏损4100万元。", "4100万元", "扣非净利润"),
])
def test_a_loss_after_a_verb_is_the_loss_of_the_profit_the_sentence_names(
        text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface"), [
    ("这支施工队仅用了45天就完成了全部改造。", "45天"),
    ("研发团队花了8年攻克这项技术。", "8年"),
    ("截至今年6月止的三个月内，零售额平均每月上升0.4%。", "三个月"),
])
def test_the_time_an_agent_spent_or_a_window_measures_nothing(text: str, surface: str) -> None:
    assert not subjects(text).get(surface)


def test_a_trip_time_keeps_the_trip() -> None:
    assert (subjects("大桥通车后，两岸通行时间仅需8分钟。")["8分钟"] or "").startswith("两岸通行时间")


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("今年全省外贸进出口稳步回升，居全国第5位。", "全国第5位", "全省外贸进出口"),
])
def test_a_rank_whose_clause_opens_with_its_verb_ranks_the_clause_before(
        text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected
