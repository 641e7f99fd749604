"""Spans of days written without their month (store/facts/date_spans.py; sealed9: `18日到19日` is
2025-04-18/2025-04-19): one date fact for the days, whose span dates the figures after it."""

from __future__ import annotations

import pytest

from store.facts import extract


def facts(text: str, date: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "surface", "lo", "hi"), [
    ("18日到19日，数十位美国经济学家签署了一份“反对关税宣言”。", "2025-04-20", "18日到19日", "2025-04-18", "2025-04-19"),
    ("5日—7日，羽田机场将取消590架次航班，约10万人将受到影响。", "2024-01-04", "5日—7日", "2024-01-05", "2024-01-07"),
    ("中央政法工作会议13日至14日在北京召开。", "2025-01-15", "13日至14日", "2025-01-13", "2025-01-14"),
    ("据报道，以军5日-6日密集打击汗尤尼斯等地。", "2024-02-07", "5日-6日", "2024-02-05", "2024-02-06"),
])
def test_a_span_of_days_is_one_date(text: str, date: str, surface: str, lo: str, hi: str) -> None:
    f = facts(text, date)[surface]
    assert (f["kind"], f["value"], f["value_high"]) == ("date", lo, hi)


def test_the_figures_after_it_take_the_span() -> None:
    got = facts("5日—7日，羽田机场将取消590架次航班。", "2024-01-04")
    assert got["590架次"]["period"] == "2024-01-05/2024-01-07"


@pytest.mark.parametrize(("text", "surface"), [
    ("该指数连续3日至5日下跌。", "3日至5日"),     # a count of days, not dates
    ("展期为期3日至5日。", "3日至5日"),
])
def test_counts_of_days_are_no_span(text: str, surface: str) -> None:
    assert surface not in facts(text, "2025-01-15")
