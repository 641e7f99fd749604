"""A plan or campaign named by its length: `数字商务三年行动计划`, `治本攻坚三年行动`, `五年规划`,
`新一轮三年攻坚行动`, `《…三年行动计划（2024—2026年）》` — the years name the programme, as `五年计划` and
`十四五` do (traps of the gold samples), not a span measured. A span that is measured stays a duration
(`8年攻坚拔寨`, `未来三年规划建设100个`, `三年计划投资50亿元`: a verb after 规划/计划).
"""

from __future__ import annotations

import re

_PLAN_RE = re.compile(r"(?<![\d.])(?:[一二三四五六七八九十两]|\d{1,2})年"
                      r"(?:(?:攻坚|专项|專項|提升|振兴|振興|倍增)?行[动動](?:计划|計劃|方案|实施方案|實施方案)?"
                      r"|(?:规划|規劃|计划|計劃)(?=[》”\"，。；、（()）]|$|的|等|中|和|与|與|纲要|綱要))")


def plan_spans(norm: str) -> list[tuple[int, int]]:
    """(start, end) of each plan's length in the normalised text (the numeral and 年)."""
    if "年" not in norm:
        return []
    out = []
    for m in _PLAN_RE.finditer(norm):
        k = norm.index("年", m.start()) + 1
        out.append((m.start(), k))
    return out
