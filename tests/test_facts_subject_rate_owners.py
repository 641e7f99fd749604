"""A rate named only by its words (增速为12.0%, 年增率16.93%, 成長幅度38.08%, 且年增率高達26%) measures
nothing by itself: it is the rate of the indicator the sentence named before it — the level told
before (store/facts/context.py), the noun its own clause opens with (整體資訊電子工業在10月份年增率), or,
when the sentence names no figure before it, the noun phrase the clause before opens with
(電子零組件業表現持續優異，年增率…; store/facts/subject_fallbacks.rate_clause_topic)."""

from __future__ import annotations

import pytest

from store.facts import extract


def subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2025-11-20")}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    # the change verb and a rate noun (成長幅度, 年增幅度, 上升幅度), and a conjunction before the rate
    ("前三季累計稅前淨利為 2150 億元,成長幅度 21.36%。", "21.36%", "稅前淨利"),
    ("全年外銷訂單金額為6820.5億美元，創歷史新高，且年增率高達18％。", "18％", "外銷訂單金額"),
    ("今年全年接單6820.5億美元，年增幅度達18%。", "18%", "接單"),
    ("上月出口貨值為4120億元，上升幅度為7.2%。", "7.2%", "出口貨值"),
])
def test_a_rate_after_a_level_is_the_levels(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("9月製造業當中,化學材料業表現持續優異,年增率12.45%。", "12.45%", "化學材料業"),
    ("其中，船舶制造业保持两位数增长，增速为14.2%。", "14.2%", "船舶制造业"),
    ("受此影响，欧洲主要股指全线走低，收盘跌幅均超过1.8%。", "超过1.8%", "欧洲主要股指"),
    ("今年三季度，意大利钢材产量再次下降，降幅为3.6%。", "3.6%", "意大利钢材产量"),
])
def test_a_rate_opening_its_clause_is_the_rate_of_the_clause_before(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


def test_a_rate_in_a_clause_opened_by_its_noun_is_that_nouns() -> None:
    assert subjects("整體機械工業在9月份年增率達11.2%。")["11.2%"] == "整體機械工業"   # (a change: no rate word)


@pytest.mark.parametrize(("text", "surface", "expected"), [
    # a relative clause before 的 and a run after the noun are no part of the indicator
    ("其中，以研发设计服务为代表的技术密集型服务出口保持较快增长，增速为7.3%。", "7.3%", "技术密集型服务出口"),
    ("当天，欧洲主要股指连续第三天下挫，下跌幅度均超过2.1%。", "超过2.1%", "欧洲主要股指"),
])
def test_the_owner_is_the_noun_phrase_alone(text: str, surface: str, expected: str) -> None:
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize(("text", "surface"), [
    # a clause that reports where the figures come from, or holds a figure of its own, lends no owner
    ("记者从有关部门获悉，增速为6.5%。", "6.5%"),
])
def test_a_reporting_clause_lends_no_owner(text: str, surface: str) -> None:
    assert subjects(text)[surface] in (None, "增速")
