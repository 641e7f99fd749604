"""A month of last year as the only period of a sentence, and a base: `在澳門三大客源中,中國大陸旅客佔百分之五十六點七,
達一百一十五萬五千七百多人次,比去年一月上升百分之二十四點六` (a page of 24 February 2007) compares this January
with last January, so its figures are this year's month (2007-01, sealed10's call), when that month is not
after the article's date.  A sentence with a period of its own, or a figure already dated, is left alone.
"""

from __future__ import annotations

import re
from typing import Any

from .period_span import PeriodSpan, RefDate

Fact = dict[str, Any]

_LAST_YEAR_MONTH_RE = re.compile(r"(?:去年|上年)(?:[一二三四五六七八九十]{1,2}|1[0-2]|[1-9])\s?月(?:份)?$")
_MONTH_RE = re.compile(r"(\d{4})-(\d{2})$")
_SENTENCE_MARKS = "。！？!?\n"


def settle_base_months(norm: str, facts: list[Fact], spans: list[PeriodSpan], ref: RefDate | None) -> None:
    """Figures of a sentence whose only period is a base month of last year take this year's month."""
    if ref is None or not ref[1]:
        return
    for sp in spans:
        m = _MONTH_RE.match(sp.period or "")
        if not sp.base or m is None or not _LAST_YEAR_MONTH_RE.search(sp.text):
            continue
        year, month = int(m.group(1)) + 1, int(m.group(2))
        if (year, month) > (ref[0], ref[1]):
            continue
        lo = max(norm.rfind(c, 0, sp.start) for c in _SENTENCE_MARKS) + 1
        ends = [e for e in (norm.find(c, sp.end) for c in _SENTENCE_MARKS) if e >= 0]
        hi = min(ends, default=len(norm))
        if any(o is not sp and lo <= o.start < hi and o.period for o in spans):
            continue                            # the sentence names a period of its own
        mine = [f for f in facts if lo <= f["start"] < hi and f["kind"] not in ("date", "year")]
        if mine and all(f.get("period") is None for f in mine):
            for f in mine:
                f["period"], f["period_text"] = f"{year}-{month:02d}", None
