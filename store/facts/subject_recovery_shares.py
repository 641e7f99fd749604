"""A share of a past level reached again is the share of the thing that recovered: `博彩毛收入達1,140億元,
按年增長295.1%,即回復至2019年同期的57%` and `国际客运航班已恢复至2019年的近八成` are 博彩毛收入's and
国际客运航班's, not `即回復`, `疫前` (回复至疫前同期的81%) or nothing.

A percent right after `回复/恢复(至|到)…的` takes the noun phrase written before the verb in its clause
(`国际客运规模恢复至…` → 国际客运规模), or, when the clause names none (`，即回復至…`), the subject of the
nearest level (money, count, quantity) before it in the sentence. It replaces only a subject that is none,
a fragment ending in the verb (`规模恢复` → the phrase), one opening with 即 or a time word (`疫前`); a
subject of its own stays. Gated (subject_closing) on such a percent, then on 复/復 in the 20 characters before it.
"""

from __future__ import annotations

import re
from typing import Any

from .text_marks import TextMarks

Fact = dict[str, Any]

_VERBS = ("回复", "回復", "恢复", "恢復")
_RECOVERED_RE = re.compile(r"(?:回复|回復|恢复|恢復)(?:至|到)[^，,；;。！？\d]{0,3}[^，,；;。！？]{0,12}?的\s*$")
_BEFORE_RE = re.compile(r"([^，,；;。！？：:、\s\d（）()“”]{2,20}?)(?:已经|已經|已|也|亦|均|再|基本|逐步)*$")
_LEADS = ("其中", "目前", "截至目前", "同时", "同時", "而")
_TIME_WORDS = ("疫前", "疫情前", "同期", "上年同期", "去年同期")
_LEVEL_KINDS = ("money", "count", "quantity")


def recovery_candidate(s: str | None) -> bool:
    """A percent's subject this class may replace: none, a fragment ending in the verb, 即…, a time word."""
    return not s or s.endswith(_VERBS) or s.startswith("即") or s in _TIME_WORDS


def settle_recovery_shares(text: str, facts: list[Fact], marks: TextMarks) -> None:
    for i, f in enumerate(facts):
        if f["kind"] != "percent" or not recovery_candidate(f.get("subject")):
            continue
        near = text[max(0, f["start"] - 20):f["start"]]
        if "复" not in near and "復" not in near:
            continue
        a = marks.clause_start(f["start"])
        m = _RECOVERED_RE.search(text, a, f["start"])
        if not m:
            continue
        head = text[a:m.start()].strip()
        for lead in _LEADS:
            if head.startswith(lead):
                head = head[len(lead):].lstrip("，,: ")
        n = _BEFORE_RE.fullmatch(head) if head else None
        name = n.group(1) if n and not head.startswith("即") else None
        if name is None:
            s0 = marks.sentence_start(f["start"])
            name = next((g["subject"] for g in reversed(facts[:i]) if g["start"] >= s0
                         and g["kind"] in _LEVEL_KINDS and g.get("subject")), None)
        if name:
            f["subject"] = name                # 即回復至2019年同期的57%: the level's
