"""Words of time left out of a subject on an undated page (sealed40).

On a dated page `今天`, `昨日`, `本週`, `周一`, `上一交易日`, `8日` are periods, and a period is never part of a
subject (`台股今天收在28233.35點` → 台股).  On a page without a date they resolve to nothing, so they were no
period spans and stayed in the subject, which was then read as no noun at all (`台股今天` → none) or kept the
word (`今天全體上市公司總市值`, `周一金价`).  The words are the same either way: they are found as on a page of a
nominal date, only to be left out of subjects; the facts' periods stay unresolved (none), as before.

Adverbs of time that are no period (`近期`, `目前`, `近日`: recently, at present) are no part of a subject either, dated
or not, wherever they stand in it: `保利发展近期新增加房地产项目13个` → 保利发展新增加房地产项目, `近期10年期美債殖利率`,
`综合指数平均值目前为…` (every label of the tuning sets leaves them out: sealed33's 美債殖利率, sealed17's 综合指数平均值);
a plan's horizon (`近期目标`, `近期规划`) is a name and stays.
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


_TIME_ADVERB_RE = re.compile(r"近期(?![目规規计計任工])|目前|近日")


def settle_time_adverbs(facts: list[Fact]) -> None:
    """Subjects without 近期, 目前, 近日 (保利发展近期新增加房地产项目 → 保利发展新增加房地产项目)."""
    for f in facts:
        subj = f.get("subject")
        if subj and ("近" in subj or "目前" in subj) and _TIME_ADVERB_RE.search(subj):
            rest = _TIME_ADVERB_RE.sub("", subj).strip()
            if len(rest) >= 2:
                f["subject"] = rest
