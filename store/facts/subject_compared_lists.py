"""A comparison with a list of comparands (`全市GDP增长5.8%，分别高于全国、全省0.8个和0.5个百分点`, `规上工业增加值增长
8.1%，高于全国、全省2.1个、1.5个百分点`) tells how far the indicator is ahead of each: the points are the indicator's,
the comparands are their bases (base_lists).  The list rules read the comparands as the items the figures belong to
(`全省`); such a figure takes the subject of the figure told before the comparison in its sentence, the thing compared
(conventions: a change of a growth rate is the thing growing).
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

# the comparison verb the comparands follow (分别高于, 比, 较); 分别 may stand after the list (比全国、全省分别高)
_VERB_RE = re.compile(r"(?:分[别別])?(?:高于|高於|低于|低於|快于|快於|慢于|慢於|高出|低出|比|较|較)")
_JOIN_RE = re.compile(r"[、和及与與]")
_CLAUSE_MARKS = "，,；;：:"
_SENTENCE_MARKS = "。！？!?\n"
_GAP_KINDS = ("points", "percent")      # how far ahead: points, or a rate's gap in percent


# a comparison verb with a list of two or more before the next figure (the test for a text, once)
_GATE_RE = re.compile(r"(?:高[于於出]|低[于於出]|快[于於]|慢[于於]|比|较|較)[^，,。；;\d]{1,16}?[、和及与與]")


def needs_compared_lists(text: str) -> bool:
    return _GATE_RE.search(text) is not None


def settle_compared_lists(text: str, facts: list[Fact]) -> None:
    for i, f in enumerate(facts):
        subj = f.get("subject")
        if not subj or f["kind"] not in _GAP_KINDS:
            continue
        sent = max(text.rfind(c, 0, f["start"]) for c in _SENTENCE_MARKS) + 1
        lo = max([sent] + [text.rfind(c, sent, f["start"]) + 1 for c in _CLAUSE_MARKS])
        items = _comparands(text, lo, f["start"])
        if not items or subj not in items:
            continue
        owner = next((g.get("subject") for g in reversed(facts[:i])
                      if sent <= g["start"] and g["end"] <= lo and g["kind"] in _GAP_KINDS), None)
        if owner and owner not in items:
            f["subject"] = owner


def _comparands(text: str, lo: int, hi: int) -> list[str] | None:
    """The comparands listed after the clause's comparison verb, up to its first figure (two or more), else None."""
    m = _VERB_RE.search(text, lo, hi)
    if m is None:
        return None
    end = m.end()
    while end < hi and not text[end].isdigit():
        end += 1
    region = re.sub(r"(?:分[别別])?[高低快慢多少]$", "", text[m.end():end].rstrip())   # 比全国、全省分别高
    items = [p for p in _JOIN_RE.split(region) if p]
    return items if len(items) >= 2 and all(len(p) <= 8 for p in items) else None
