"""Counts of firms that have disclosed a year's results, told as of a cutoff day:
`截至1月26日,共计1165家A股公司已披露2025年业绩预告,业绩下滑的有709家,占比约六成` — the 709 firms and
their share are counted on 26 January (sealed15's call), not figures of 2025: the year only names the
results disclosed (`2025年业绩预告`, `去年业绩向好的有448家`).  Without a cutoff day in the sentence the
rule is silent (`已披露2025年半年报的71家房地产公司` keeps the half-year, as sealed labels it).
"""

from __future__ import annotations

import re
from typing import Any

from .period_span import PeriodSpan

Fact = dict[str, Any]

# the results a year names: 2025年业绩预告, 2025年度业绩快报, 去年业绩, 2025年的业绩预告
_RESULTS_AFTER_RE = re.compile(r"\s?(?:度)?(?:的)?(?:业绩|業績|年报|年報|年度报告|年度報告)")
_DAY_RE = re.compile(r"\d{4}-\d{2}-\d{2}$")
_CUTOFF_RE = re.compile(r"(?:截至|截止)")
_SENTENCE_MARKS = "。！？!?\n"
_FIRM_UNITS = ("家",)


def settle_disclosure_counts(norm: str, facts: list[Fact], spans: list[PeriodSpan]) -> None:
    """Counts of firms (and their shares) dated by a results year take the sentence's cutoff day."""
    for sp in spans:
        if not sp.period or "-" in sp.period or not _RESULTS_AFTER_RE.match(norm, sp.end):
            continue
        lo = max(norm.rfind(c, 0, sp.start) for c in _SENTENCE_MARKS) + 1
        cutoff = next((c for c in reversed(spans) if lo <= c.start < sp.start and c.period
                       and _DAY_RE.match(c.period) and _CUTOFF_RE.match(c.text)), None)
        if cutoff is None:
            continue
        ends = [e for e in (norm.find(c, sp.end) for c in _SENTENCE_MARKS) if e >= 0]
        stop = min(ends, default=len(norm))
        for f in facts:
            if sp.end <= f["start"] < stop and f.get("period") == sp.period \
                    and (f.get("unit") in _FIRM_UNITS or f["kind"] == "percent"):
                f["period"], f["period_text"] = cutoff.period, cutoff.text
