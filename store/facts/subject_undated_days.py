"""Words of time left out of a subject on an undated page (sealed40).

On a dated page `今天`, `昨日`, `本週`, `周一`, `上一交易日`, `8日` are periods, and a period is never part of a
subject (`台股今天收在28233.35點` → 台股).  On a page without a date they resolve to nothing, so they were no
period spans and stayed in the subject, which was then read as no noun at all (`台股今天` → none) or kept the
word (`今天全體上市公司總市值`, `周一金价`).  The words are the same either way: they are found as on a page of a
nominal date, only to be left out of subjects; the facts' periods stay unresolved (none), as before.
"""

from __future__ import annotations

import re
from typing import Any

from .period_forms import PeriodSpan, RefDate, find_periods

Fact = dict[str, Any]

# any day serves: only where the words are is used, never what they resolve to
_NOMINAL: RefDate = (2000, 6, 15)


def undated_spans(norm: str, spans: list[PeriodSpan], windows: list[tuple[int, int]] | None,
                  cuts: list[int], text: str) -> list[PeriodSpan]:
    """`spans` (the periods read without a date) and, where none of them lies, the words of time a date would
    have resolved, in text order."""
    found = find_periods(norm, _NOMINAL, windows, cuts, text)
    if len(found) == len(spans):
        return spans
    out = list(spans)
    for sp in found:
        if not any(sp.start < o.end and o.start < sp.end for o in spans):
            out.append(sp)
    out.sort(key=lambda sp: sp.start)
    return out


# a bracket left empty once its day was taken out (`倫敦銅期貨今天（29日）開盤後` → 倫敦銅期貨（）): dated or not
_EMPTY_BRACKET_RE = re.compile(r"\s*[(（]\s*[)）]")


def settle_empty_brackets(facts: list[Fact]) -> None:
    """A subject never keeps a bracket emptied of its period (倫敦銅期貨（） → 倫敦銅期貨)."""
    for f in facts:
        subj = f.get("subject")
        if subj and ("（" in subj or "(" in subj) and _EMPTY_BRACKET_RE.search(subj):
            f["subject"] = _EMPTY_BRACKET_RE.sub("", subj).strip() or None
