"""A rate written as the level a figure is compared with (`低於2023年3.2%的增幅`, `高于上季度5.2%的增速`) is that
period's own rise: change up (or down for 降幅/跌幅) with its rate word, no base — not a gap "down 3.2 % below
2023", which would tell an analyst the economy shrank.  A gap written as one (`低于全国1.2个百分点`) stays a gap."""

from __future__ import annotations

from typing import Any

from store.facts import article_facts


def _fact(body: str, value: float) -> dict[str, Any]:
    facts = article_facts({"id": "a", "date": "2025-03-05", "title": "", "body": body})
    return next(f for f in facts if f["kind"] in ("percent", "points") and float(f["value"]) == value)


def test_the_compared_periods_own_rate_is_a_rise() -> None:
    f = _fact("全年實際本地生產總值增長2.5%，低於2023年3.2%的增幅。", 3.2)
    assert (f["change"], f["change_word"], f["base"], f["period"]) == ("up", "增幅", None, "2023")
    f = _fact("一季度GDP增长5.4%，高于上季度5.2%的增速。", 5.2)
    assert (f["change"], f["base"]) == ("up", None)


def test_a_gap_written_as_one_stays_a_gap() -> None:
    f = _fact("出口增长3%，增速低于全国1.2个百分点。", 1.2)
    assert (f["change"], f["base"]) == ("down", "全国")
