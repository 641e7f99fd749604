"""Qualifiers are the figure's, never the subject's (issue 10: 约/至少/以上 stay in `qualifier`).

A qualifier word can end up at a subject's edge when the rule that read the subject ran past
the figure it qualifies: the noun after one count runs into the next figure's qualifier
(`沿线10个乡镇近187万群众` → 乡镇近, `全球15个国家近3000家企业` → 国家近, `4块金牌左右` → 金牌左右), or
the phrase before a figure keeps the qualifier that opens it (`至少用时6天` → 至少用时, `不到餐馆
总数量的10%` → 不到餐馆总数量).  The qualifier is left out when it is a word of its own there
(store.facts.words.segment: 超长期, 近零能耗, 约谈 are words that open with a qualifier's character
and stay) and at least two characters remain.
"""

from __future__ import annotations

import re
from typing import Any

from .subject_rules import SUBJECT_CHARS
from .words import segment

Fact = dict[str, Any]

# (超/多/近 open too many nouns as words of their own to be dropped from the front: 超大金矿, 多式联运)
_LEADING = frozenset({"至少", "接近", "不到", "大约", "将近", "最少", "起码"})   # (not 约: 约谈)
# at the end only before another figure (乡镇近187万), or 左右 anywhere (金牌左右)
_TRAILING = frozenset({"近", "超", "超过", "约", "逾", "将近", "接近"})
_NET_TRADE_VERBS = ("買", "賣")        # Taiwan's 買超/賣超, net buying and selling: the verb's 超
_FIGURE_NEXT_RE = re.compile(r"[\d０-９一二三四五六七八九十百千万两半数]")
_GATE = frozenset("至接不大将约最起近超逾左")


def _trimmed(subj: str, next_char: str) -> str:
    plain = subj.translate(SUBJECT_CHARS)
    words = segment(plain)
    if len(words) < 2:
        return subj
    if words[0] in _LEADING and len(plain) - len(words[0]) >= 2:
        subj, plain, words = subj[len(words[0]):], plain[len(words[0]):], words[1:]
    last = words[-1]
    if last == "超" and subj[-2:-1] in _NET_TRADE_VERBS:
        return subj                             # 投信賣超175.96億元: net selling, no bound
    if len(plain) - len(last) >= 2 and (last == "左右" or last in _TRAILING and _FIGURE_NEXT_RE.match(next_char)):
        subj = subj[:-len(last)]
    return subj


def settle_qualifier_edges(text: str, facts: list[Fact]) -> None:
    """Leave qualifier words out of every subject's two ends (the module's doc)."""
    for f in facts:
        subj = f.get("subject")
        if not subj or len(subj) < 3 or f["kind"] in ("date", "year") or not (
                subj[0] in _GATE or subj[-1] in _GATE or subj[-2:] in ("左右", "超过")):
            continue
        e = f["end"]
        j = text.find(subj, e, e + len(subj) + 3)
        if j < 0:
            j = text.rfind(subj, max(0, f["start"] - 60), f["start"])
        nxt = text[j + len(subj):j + len(subj) + 1] if j >= 0 else ""
        new = _trimmed(subj, nxt)
        if new != subj and new[0] not in "的之" and new[-1].isalnum():      # (至少|的概率, 创/|超: no phrase left)
            f["subject"] = new
