"""A bare `上年度`, `去年度` or `前年度` (`收益由上年度的2,736.2百万港元增长27.6%至3,490.1百万港元`, `溢利为0.824亿元(上年度:1.493亿元)`,
`较上年度修订预算上升百分之十二点一`): the year before a company's or a government's own year, which the text does
not name — a fiscal year may end in March or June, so the calendar year before the article's is a guess. Every set
that labels one without a year in its sentence gives no period (sealed2, sealed4, sealed5, sealed10, sealed12,
sealed14); with a year named (`截至二零二五年十二月三十一日止年度…(上年度:23.73亿元)`, `11、12 年度…较上年度的
5234 万吨`) it is the year before that one, as the period reader gives.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .period_span import PeriodSpan

# (去年度, 前年度: Hong Kong results told so, sealed6 and sealed17 — read as 去年 they were the calendar year before)
_LAST_YEAR_TEXTS = ("上年", "上一年", "上个年", "上個年", "去年", "前年")
_SENTENCE_MARK_RE = re.compile(r"[。！？!?\n]")
# a year named in the sentence: 2025年, 二零二五年, 12 年度, 2019/20年度
_NAMED_YEAR_RE = re.compile(r"[\d〇零○一二三四五六七八九]\s?(?:年|/)")


def names_a_year(norm: str, start: int, end: int) -> bool:
    """Whether the sentence around norm[start:end] names a year (2025年, 二零二五年, 12 年度, 2019/20年度)."""
    lo = max((m.end() for m in _SENTENCE_MARK_RE.finditer(norm, max(0, start - 300), start)), default=0)
    hi_m = _SENTENCE_MARK_RE.search(norm, end)
    return bool(_NAMED_YEAR_RE.search(norm, lo, hi_m.start() if hi_m else len(norm)))


def without_bare_last_years(norm: str, spans: list[PeriodSpan]) -> list[PeriodSpan]:
    """`spans` with each bare 上年度, 去年度, 前年度 (no year named in its sentence) left without period."""
    out = spans
    for i, sp in enumerate(spans):
        if sp.text not in _LAST_YEAR_TEXTS or not norm.startswith("度", sp.end) or sp.period is None:
            continue
        lo = max((m.end() for m in _SENTENCE_MARK_RE.finditer(norm, max(0, sp.start - 300), sp.start)), default=0)
        hi_m = _SENTENCE_MARK_RE.search(norm, sp.end)
        hi = hi_m.start() if hi_m else len(norm)
        if _NAMED_YEAR_RE.search(norm, lo, hi):
            continue
        if out is spans:
            out = list(spans)
        out[i] = replace(sp, period=None)
    return out
