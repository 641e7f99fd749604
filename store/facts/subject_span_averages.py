"""A span before an average (`规模以上工业增加值两年平均增长6.9%`, `我国发明专利十年年均增长13.8%`) is the average's
window, not a measured span: it has no subject (time spans have none), though the indicator stands right before it."""

from __future__ import annotations

from typing import Any

Fact = dict[str, Any]

_AVERAGES = ("平均", "年均")


def settle_span_averages(text: str, facts: list[Fact]) -> None:
    for f in facts:
        if f["kind"] == "duration" and f.get("subject") and text.startswith(_AVERAGES, f["end"]):
            f["subject"] = None
