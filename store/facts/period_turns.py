"""A turn told from an earlier period: `1-2月份,…由上年12月份同比下降3.2%轉為增長0.4%`.

The period after 由 is the earlier state's (the 3.2 % is December's); the figure after 转为/轉為 is the
turned-to state, the sentence's own period stated before 由 (January–February), not December's.
Without a period of the sentence's own before 由, the figure keeps what it had.
"""

from __future__ import annotations

import re
from typing import Any

from .period_span import PeriodSpan

Fact = dict[str, Any]

_TURN_RE = re.compile(r"由([^，,；;。！？!?\n]{1,30}?)(?:转|轉)(?:为|為|而)")
_CLAUSE_MARKS = "，,；;。！？!?\n"
_SENTENCE_MARKS = "。！？!?\n"


def settle_turns(norm: str, facts: list[Fact], spans: list[PeriodSpan]) -> None:
    """Figures after 转为 take the sentence's period before 由 instead of the earlier state's."""
    for m in _TURN_RE.finditer(norm):
        inner = [sp for sp in spans if m.start(1) <= sp.start < m.end(1) and sp.period]
        if not inner:
            continue
        lo = max(norm.rfind(c, 0, m.start()) for c in _SENTENCE_MARKS) + 1
        frame = [sp for sp in spans if lo <= sp.start and sp.end <= m.start() and sp.period and not sp.base]
        if not frame or frame[-1].period == inner[0].period:
            continue
        ends = [e for e in (norm.find(c, m.end()) for c in _CLAUSE_MARKS) if e >= 0]
        stop = min(ends, default=len(norm))
        for f in facts:
            if m.end() <= f["start"] < stop and f["kind"] not in ("date", "year") \
                    and f.get("period") == inner[0].period:
                f["period"], f["period_text"] = frame[-1].period, frame[-1].text


_PREVIOUS_MONTH_TEXTS = ("上月", "上个月", "上個月")
_MONTH_RE = re.compile(r"(\d{4})-(\d{2})$")
_MONTH_ON_MONTH_RE = re.compile(r"[，,][^，,；;。]*(?:按月|环比|環比)")


def settle_month_on_month(norm: str, facts: list[Fact], spans: list[PeriodSpan]) -> None:
    """`2月份…,上月按年跌3.1%,經季節性調整後按月上升1.6%`: a later clause's change over the month before
    (按月, 环比) is not of that month; it is of the sentence's own month named before 上月 (2月份)."""
    for i, sp in enumerate(spans):
        if sp.text not in _PREVIOUS_MONTH_TEXTS or sp.base:
            continue
        lo = max(norm.rfind(c, 0, sp.start) for c in _SENTENCE_MARKS) + 1
        frame = next((o for o in reversed(spans[:i]) if lo <= o.start and not o.base and o.period
                      and _MONTH_RE.match(o.period)), None)
        if frame is None:
            continue
        y, mo = int(frame.period[:4]), int(frame.period[5:7])
        before = f"{y}-{mo - 1:02d}" if mo > 1 else f"{y - 1}-12"
        ends = [e for e in (norm.find(c, sp.end) for c in _SENTENCE_MARKS) if e >= 0]
        stop = min(ends, default=len(norm))
        for f in facts:
            if sp.end <= f["start"] < stop and f.get("period") == before and f.get("base") == "上月" \
                    and _MONTH_ON_MONTH_RE.search(norm, sp.end, f["start"]):
                f["period"], f["period_text"] = frame.period, frame.text
