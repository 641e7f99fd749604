"""A level set by a verb of raising or lowering is the level of the thing raised, not the actor's.

Central-bank and tariff news sets levels clause by clause (`美联储宣布同步提高准备金利率至3.9%`,
`美国提高进口钢铝关税至50%`, `央行决定降低存款准备金率至6.2%`); 上调/下调 already cut the subject
at the verb, but 提高/降低/调高/调低/提升 left the actor and the verb in it (`美联储宣布同步提高准备金利率`).

- a subject that ends right before `至`/`到` and the figure, with one of these verbs in it, keeps
  the noun after the last verb (`准备金利率`), when that noun has two characters or more;
- a later figure that only carried the cut subject (`分别提高A和B利率两者至4%和3.8%`) has none.
"""

from __future__ import annotations

import re
from typing import Any

from .subjects import simplified

Fact = dict[str, Any]

_VERBS = ("提高", "降低", "调高", "调低", "提升", "上调", "下调", "调升", "调降")
_VERB_RE = re.compile("|".join(_VERBS))
_REACH_RE = re.compile(r"\s*(?:[至到])\s*$")
_NOUN_RE = re.compile(r"^[^\s，,。；;：:、的]{2,16}$")


def needs_rate_raises(facts: list[Fact]) -> bool:
    for f in facts:
        s = f.get("subject")
        if s and len(s) > 4 and ("提" in s or "降" in s or "调" in s or "調" in s):
            return True
    return False


def settle_rate_raises(text: str, norm: str, facts: list[Fact]) -> None:
    simp = simplified(norm)
    cut: set[str] = set()
    for f in facts:
        s = f.get("subject")
        if not s or f["kind"] not in ("percent", "money", "points", "index"):
            continue
        at = text.rfind(s, max(0, f["start"] - len(s) - 3), f["start"])
        if at < 0 or not _REACH_RE.match(simp[at + len(s):f["start"]]):
            continue
        ss = simp[at:at + len(s)]
        last = None
        for m in _VERB_RE.finditer(ss):
            last = m
        if last is None:
            continue
        noun = s[last.end():]
        if _NOUN_RE.match(noun):
            f["subject"] = noun
            if last.start() > 0:
                cut.add(s)
    if cut:
        for f in facts:
            s = f.get("subject")
            if s in cut and text.rfind(s, max(0, f["start"] - len(s) - 3), f["start"]) < 0:
                f["subject"] = None             # carried from a clause whose actor was cut
