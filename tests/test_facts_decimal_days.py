"""Days written with a decimal and 日 (`平均逗留时间(1.5日)`, Macao's releases) are a duration in 日 — no day of the
month has a fraction (sealed22's call) — and a time shortened by an amount (`按年缩短0.2日`, `缩短30%`) fell by it.
Sentences written for the rule."""

from __future__ import annotations

import pytest

from store.facts import extract


def test_days_with_a_decimal_are_a_duration() -> None:
    got = {f["surface"]: f for f in extract("2023年旅客平均逗留时间(1.5日)按年缩短0.2日,留宿旅客则为2.4日。", date="2024-01-20")}
    assert [(got[s]["kind"], float(got[s]["value"]), got[s]["unit"]) for s in ("1.5日", "0.2日", "2.4日")] == [
        ("duration", 1.5, "日"), ("duration", 0.2, "日"), ("duration", 2.4, "日")]
    assert got["0.2日"]["change"] == "down" and got["1.5日"]["change"] is None


@pytest.mark.parametrize(("text", "surface"), [("今日兑换1.5日元。", "1.5日元")])
def test_a_currency_starting_with_ri_is_no_day(text: str, surface: str) -> None:
    assert [f["kind"] for f in extract(text) if f["surface"] == surface] == ["money"]


def test_a_time_shortened_by_an_amount_fell_by_it() -> None:
    got = [f for f in extract("企业开办时间缩短2天。") if f["surface"] == "2天"]
    assert [f["change"] for f in got] == ["down"]


def test_a_time_shortened_to_a_level_keeps_no_change() -> None:
    got = [f for f in extract("审批时间由20天缩短至5天。") if f["surface"] == "5天"]
    assert [f["change"] for f in got] == [None]
