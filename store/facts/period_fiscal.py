"""Fiscal years as the period of the figures after them: `二零一九/二零年度的总收入预计为六千二百六十一亿元`,
`在二零一九/二零年度,…公务员编制会增至十九万一千八百一十六个职位`.

store/facts/fiscal_years.py reads a fiscal year of two years (April of the first to March of the
second) as one date fact; the period reader finds its periods in the text's own forms, which know
no such year.  Each such date becomes a period span (2019-04/2020-03, as the gold labels a fiscal
year), so the figures after it in its sentence take it as any other period; `该年度` after it in the
sentence refers back to it and adds nothing.
"""

from __future__ import annotations

import bisect
from typing import Any

from .period_span import PeriodSpan

Fact = dict[str, Any]


def with_fiscal_years(spans: list[PeriodSpan], facts: list[Fact]) -> list[PeriodSpan]:
    """`spans` with one span per fiscal-year date fact that no span covers (text order kept)."""
    extra = [f for f in facts if f["kind"] == "date" and f.get("unit") == "月" and f.get("value_high")
             and ("/" in f["surface"] or "／" in f["surface"])]
    if not extra:
        return spans
    out = list(spans)
    for f in extra:
        if any(sp.start < f["end"] and f["start"] < sp.end for sp in out):
            continue
        y = int(str(f["value"])[:4])
        sp = PeriodSpan(f["start"], f["end"], f["surface"], f"{f['value']}/{f['value_high']}", years=(y, y + 1))
        out.insert(bisect.bisect_left([x.start for x in out], sp.start), sp)
    return out
