"""A founding year dates no figure after it: `公司成立于2018年，拥有60余名员工`, `成立于2002年的爱民社区…有居民6000多人`,
`该炼油厂建于1911年，每天加工原油超过276000桶` — the staff, residents and daily throughput are of now, not of the
year the body was founded (tests/gold/README.md: a figure takes no period rather than a wrong one). The year
itself stays a year; a figure with a period of its own after it (`2024年营收…`) keeps that one.
"""

from __future__ import annotations

import re
from typing import Any

from .period_span import PeriodSpan

Fact = dict[str, Any]

# 成立于, 创建于, 始建于, 建于, 建成于, 组建于, 诞生于, 创办于 (a year of founding, opening or building)
_FOUNDED_BEFORE_RE = re.compile(r"(?:成立|创建|創建|创立|創立|创办|創辦|始建|建成|组建|組建|诞生|誕生|落成|建)(?:于|於)\s?$")
_SENTENCE_END = "。！？!?\n"


def drop_founding_years(norm: str, facts: list[Fact], spans: list[PeriodSpan]) -> None:
    """Figures dated only by a founding year before them lose it (module doc)."""
    founded = [sp for sp in spans if sp.start >= 2 and sp.period and norm[sp.start - 1:sp.start] in ("于", "於", " ")
               and _FOUNDED_BEFORE_RE.search(norm, max(0, sp.start - 4), sp.start)]
    for sp in founded:
        for f in facts:
            if f["start"] < sp.end or f["kind"] in ("date", "year"):
                continue
            if any(c in _SENTENCE_END for c in norm[sp.end:f["start"]]):
                break
            if f.get("period") == sp.period and f.get("period_text") == sp.text:
                f["period"], f["period_text"] = None, None
