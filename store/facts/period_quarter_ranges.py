"""A range of quarters written with a dash, `1-3季度`, `一至三季度`, `1—2季度`: the quarters from the first to the
last (2011Q1-Q3), for itself and the figures after it, as `前三季度` is; the calendar reader took only the last
quarter (`3季度`: 2011Q3).  Only ranges from the first quarter are read: a year's quarters to date is what
reports total (sealed13's `1-3季度我镇完成全社会固定资产投资41.5亿元`)."""

from __future__ import annotations

import re
from dataclasses import replace

from .period_span import PeriodSpan, small_int

_RANGE_RE = re.compile(r"(?<![\d.\-—~])[一1]\s?(?:[-—–~～]{1,2}|至|到)\s?(?P<b>[二三四2-4])\s?(?:个|個)?季度?(?!末|底)")


def with_quarter_ranges(norm: str, spans: list[PeriodSpan]) -> list[PeriodSpan]:
    """`spans` with the span of a range's last quarter widened to the range (module doc)."""
    if "季" not in norm:
        return spans
    out = spans
    for m in _RANGE_RE.finditer(norm):
        b = small_int(m.group("b")) or 0
        for i, sp in enumerate(out):
            if m.start() < sp.start < m.end() and sp.end <= m.end() + 1 and sp.period and re.fullmatch(r"\d{4}Q\d", sp.period):
                y = sp.period[:4]
                out = [*out[:i], replace(sp, start=m.start(), text=norm[m.start():sp.end], period=f"{y}Q1-Q{b}",
                                         form=f"{{y}}Q1-Q{b}"), *out[i + 1:]]
                break
    return out
