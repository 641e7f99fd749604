"""A span before an average is the average's window: `规模以上工业增加值两年平均增长6.9%` gave 两年 the indicator before
it as subject, though time spans have none (the gold conventions); the growth keeps the indicator."""

from __future__ import annotations

from store.facts import extract


def test_a_span_before_an_average_has_no_subject() -> None:
    facts = {f["surface"]: f for f in extract("1—8月份,我市规模以上工业增加值两年平均增长6.9%,比1—7月回落0.1个百分点。",
                                               date="2021-09-20")}
    assert facts["两年"]["subject"] is None
    assert facts["6.9%"]["subject"] == "规模以上工业增加值"
