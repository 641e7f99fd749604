"""Fiscal years as the period of the figures after them: `二零一九/二零年度的总收入预计为六千二百六十一亿元`,
`在二零一九/二零年度,…公务员编制会增至十九万一千八百一十六个职位`.

store/facts/fiscal_years.py reads a fiscal year of two years (April of the first to March of the
second) as one date fact; the period reader finds its periods in the text's own forms, which know
no such year.  Each such date becomes a period span (2019-04/2020-03, as the gold labels a fiscal
year), so the figures after it in its sentence take it as any other period; `该年度` after it in the
sentence refers back to it and adds nothing.  Hong Kong's `本財年` (in a text naming 港) is the
April–March year the article falls in (README: `本財年` in February 2025 → 2024-04/2025-03).  A fiscal
year after 比/较 is the base of a comparison (`比二零一三/一四年度的修订预算减少…`), never the figure's period.
A bare 上年度 with no year named in its sentence has no period (period_last_fiscal).
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from .period_last_fiscal import names_a_year, without_bare_last_years
from .period_span import PeriodSpan, RefDate, with_spans

Fact = dict[str, Any]


_FISCAL_RE = re.compile(r"年度|财年|財年")
# 比二零一三/一四年度的修订预算减少一百三十八亿元: the year compared with, a base (the figure is of 二零一四/一五年度)
_BASE_BEFORE_RE = re.compile(r"(?:比|较|較|与|與|相比|相较|相較|对比|對比)$")
# this fiscal year of Hong Kong's government (本財年 in February 2025: 2024-04/2025-03)
_THIS_FISCAL_RE = re.compile(r"(?:本|今)(?:财年|財年|财政年度|財政年度)")
# the fiscal year before, named by its word alone (上一財政年度則為52億港元, 较上财年增长9%): a year the text does not
# name, as a bare 上年度 (period_last_fiscal) — it dates its figures with no period, not with the year told before it
# (with a year named in its sentence before it, the year before that one: 2024/25財政年度…上一財政年度 → 2023-04/2024-03)
_LAST_FISCAL_RE = re.compile(r"上一?(?:个|個)?(?:财政年度|財政年度|财年|財年|会计年度|會計年度)")


def _year_before(norm: str, start: int, end: int, spans: list[PeriodSpan]) -> str | None:
    """The fiscal or calendar year before the one its sentence names before `start`, else None (no year named)."""
    if not names_a_year(norm, start, end):
        return None
    lo = max(norm.rfind(c, 0, start) for c in "。！？!?\n") + 1
    named = [sp for sp in spans if lo <= sp.start and sp.end <= start and sp.period and not sp.base]
    m = re.fullmatch(r"(\d{4})(?:-(\d\d)/(\d{4})-(\d\d))?", named[-1].period or "") if named else None
    if m is None:
        return None
    if m.group(2) is None:
        return str(int(m.group(1)) - 1)
    return f"{int(m.group(1)) - 1}-{m.group(2)}/{int(m.group(3)) - 1}-{m.group(4)}"


def with_fiscal_years(spans: list[PeriodSpan], facts: list[Fact], norm: str = "",
                      ref: RefDate | None = None) -> list[PeriodSpan]:
    """`spans` with one span per fiscal-year date fact that no span covers (text order kept)."""
    extra = [f for f in facts if f["kind"] == "date" and f.get("unit") == "月" and f.get("value_high")
             and ("/" in f["surface"] or "／" in f["surface"] or "至" in f["surface"] or "到" in f["surface"])
             and (_FISCAL_RE.search(f["surface"]) or f["surface"].endswith("年"))]       # (2026/27年: fiscal_years.py)
    out = list(without_bare_last_years(norm, spans) if "年度" in norm else spans)   # 上年度 (period_last_fiscal)
    if ref is not None and ref[1] and ("財年" in norm or "财年" in norm or "財政年度" in norm or "财政年度" in norm):
        y = ref[0] if ref[1] >= 4 else ref[0] - 1          # the April–March year the article falls in
        for m in _THIS_FISCAL_RE.finditer(norm):
            if ("港" in norm) and not any(sp.start < m.end() and m.start() < sp.end for sp in out):
                sp = PeriodSpan(m.start(), m.end(), m.group(0), f"{y}-04/{y + 1}-03", years=(y, y + 1))
                out.insert(bisect.bisect_left([x.start for x in out], sp.start), sp)
    for f in extra:
        if any(sp.start < f["end"] and f["start"] < sp.end for sp in out):
            continue
        y = int(str(f["value"])[:4])
        sp = PeriodSpan(f["start"], f["end"], f["surface"], f"{f['value']}/{f['value_high']}", years=(y, y + 1),
                        base=bool(_BASE_BEFORE_RE.search(norm, max(0, f["start"] - 3), f["start"])))
        out.insert(bisect.bisect_left([x.start for x in out], sp.start), sp)
    if "上" in norm and ("財" in norm or "财" in norm or "會計" in norm or "会计" in norm):
        out = with_spans(out, [PeriodSpan(m.start(), m.end(), m.group(0), _year_before(norm, m.start(), m.end(), out),
                                          base=bool(_BASE_BEFORE_RE.search(norm, max(0, m.start() - 3), m.start())))
                               for m in _LAST_FISCAL_RE.finditer(norm)
                               if not any(sp.start < m.end() and m.start() < sp.end and sp.period for sp in out)])
    return out
